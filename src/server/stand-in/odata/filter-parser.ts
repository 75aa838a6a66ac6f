import { fail } from '../http/reply';

/**
 * The OData `$filter` subset SharePoint lists answer through Graph: eq ne gt ge lt le, and/or/not,
 * parentheses, startswith(), string literals ('' escapes a quote), numbers, true/false and null,
 * on `fields/<Column>` (or the item `id`).
 */
export type Literal = string | number | boolean | null;
export type CompareOp = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';

export type FilterNode =
  | { readonly kind: 'and' | 'or'; readonly left: FilterNode; readonly right: FilterNode }
  | { readonly kind: 'not'; readonly operand: FilterNode }
  | { readonly kind: 'compare'; readonly op: CompareOp; readonly field: string; readonly value: Literal }
  | { readonly kind: 'startswith'; readonly field: string; readonly value: string };

type Token =
  | { readonly t: 'punct'; readonly v: '(' | ')' | ',' }
  | { readonly t: 'string'; readonly v: string }
  | { readonly t: 'number'; readonly v: number }
  | { readonly t: 'word'; readonly v: string };

const COMPARE_OPS: readonly string[] = ['eq', 'ne', 'gt', 'ge', 'lt', 'le'];
const MIRROR: Record<CompareOp, CompareOp> = { eq: 'eq', ne: 'ne', gt: 'lt', ge: 'le', lt: 'gt', le: 'ge' };

const invalid = (detail: string) => fail.badRequest(`Invalid filter clause: ${detail}`);

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (/\s/.test(c)) {
      i += 1;
    } else if (c === '(' || c === ')' || c === ',') {
      tokens.push({ t: 'punct', v: c });
      i += 1;
    } else if (c === "'") {
      let value = '';
      i += 1;
      for (;;) {
        if (i >= text.length) throw invalid('a string literal is not closed.');
        if (text[i] === "'") {
          if (text[i + 1] === "'") {
            value += "'";
            i += 2;
            continue;
          }
          i += 1;
          break;
        }
        value += text[i];
        i += 1;
      }
      tokens.push({ t: 'string', v: value });
    } else {
      const m = /^-?\d+(\.\d+)?(?![A-Za-z_])|^[A-Za-z_][A-Za-z0-9_/]*/.exec(text.slice(i));
      if (!m) throw invalid(`unexpected "${c}" at position ${i + 1}.`);
      const word = m[0];
      tokens.push(/^-?\d/.test(word) ? { t: 'number', v: Number(word) } : { t: 'word', v: word });
      i += word.length;
    }
  }
  return tokens;
}

class Parser {
  private pos = 0;
  constructor(private readonly tokens: Token[]) {}

  parse(): FilterNode {
    const node = this.or();
    if (this.pos < this.tokens.length) throw invalid(`unexpected "${String(this.tokens[this.pos]!.v)}".`);
    return node;
  }

  private peekWord(word: string): boolean {
    const tok = this.tokens[this.pos];
    return tok?.t === 'word' && tok.v === word;
  }

  private expectPunct(v: '(' | ')' | ','): void {
    const tok = this.tokens[this.pos];
    if (tok?.t !== 'punct' || tok.v !== v) throw invalid(`expected "${v}".`);
    this.pos += 1;
  }

  private or(): FilterNode {
    let left = this.and();
    while (this.peekWord('or')) {
      this.pos += 1;
      left = { kind: 'or', left, right: this.and() };
    }
    return left;
  }

  private and(): FilterNode {
    let left = this.unary();
    while (this.peekWord('and')) {
      this.pos += 1;
      left = { kind: 'and', left, right: this.unary() };
    }
    return left;
  }

  private unary(): FilterNode {
    if (this.peekWord('not')) {
      this.pos += 1;
      return { kind: 'not', operand: this.unary() };
    }
    const tok = this.tokens[this.pos];
    if (tok?.t === 'punct' && tok.v === '(') {
      this.pos += 1;
      const inner = this.or();
      this.expectPunct(')');
      return inner;
    }
    if (this.peekWord('startswith')) return this.startsWith();
    return this.comparison();
  }

  private startsWith(): FilterNode {
    this.pos += 1;
    this.expectPunct('(');
    const field = this.fieldRef();
    this.expectPunct(',');
    const value = this.literal();
    if (typeof value !== 'string') throw invalid('startswith() needs a string.');
    this.expectPunct(')');
    return { kind: 'startswith', field, value };
  }

  private comparison(): FilterNode {
    const tok = this.tokens[this.pos];
    const fieldFirst = tok?.t === 'word' && !['true', 'false', 'null'].includes(tok.v);
    const left = fieldFirst ? this.fieldRef() : this.literal();
    const opTok = this.tokens[this.pos];
    if (opTok?.t !== 'word' || !COMPARE_OPS.includes(opTok.v)) throw invalid('expected a comparison (eq, ne, gt, ge, lt, le).');
    this.pos += 1;
    const op = opTok.v as CompareOp;
    if (fieldFirst) return { kind: 'compare', op, field: left as string, value: this.literal() };
    return { kind: 'compare', op: MIRROR[op], field: this.fieldRef(), value: left };
  }

  private fieldRef(): string {
    const tok = this.tokens[this.pos];
    if (tok?.t !== 'word') throw invalid('expected a column such as fields/Status.');
    this.pos += 1;
    if (tok.v === 'id') return 'id';
    const m = /^fields\/([A-Za-z_][A-Za-z0-9_]*)$/.exec(tok.v);
    if (!m) throw invalid(`"${tok.v}" is not a column; list item columns are written fields/<Name>.`);
    return m[1]!;
  }

  private literal(): Literal {
    const tok = this.tokens[this.pos];
    if (!tok) throw invalid('a value is missing.');
    this.pos += 1;
    if (tok.t === 'string' || tok.t === 'number') return tok.v;
    if (tok.t === 'word' && tok.v === 'true') return true;
    if (tok.t === 'word' && tok.v === 'false') return false;
    if (tok.t === 'word' && tok.v === 'null') return null;
    throw invalid(`"${String(tok.v)}" is not a value.`);
  }
}

/** Parses a `$filter` expression; throws Graph's 400 with what is wrong. */
export function parseFilter(text: string): FilterNode {
  const tokens = tokenize(text);
  if (tokens.length === 0) throw invalid('the filter is empty.');
  return new Parser(tokens).parse();
}

/** Every column a filter refers to. */
export function filterFields(node: FilterNode): string[] {
  switch (node.kind) {
    case 'and':
    case 'or':
      return [...filterFields(node.left), ...filterFields(node.right)];
    case 'not':
      return filterFields(node.operand);
    default:
      return [node.field];
  }
}
