import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const SRC = path.resolve(__dirname, '../../src');

function resolve(from: string, spec: string): string | undefined {
  const base = path.resolve(path.dirname(from), spec);
  return [`${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')].find((f) => existsSync(f));
}

/** Packages a module pulls in through static, value imports (what lands in the same bundle). */
function staticPackages(entry: string): Set<string> {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, false);
    for (const statement of source.statements) {
      if (!ts.isImportDeclaration(statement) && !ts.isExportDeclaration(statement)) continue;
      if (ts.isImportDeclaration(statement) && statement.importClause?.isTypeOnly) continue;
      if (ts.isExportDeclaration(statement) && statement.isTypeOnly) continue;
      const spec = statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier) ? statement.moduleSpecifier.text : undefined;
      if (!spec) continue;
      if (spec.startsWith('.')) {
        const target = resolve(file, spec);
        if (target) visit(target);
      } else packages.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : (spec.split('/')[0] ?? spec));
    }
  };
  visit(entry);
  return packages;
}

describe('the documents tab', () => {
  it('keeps the Word readers and writer out of the first bundle (they are imported only when used)', () => {
    const packages = staticPackages(path.join(SRC, 'features/documents/index.ts'));
    expect(packages.has('react')).toBe(true);
    for (const heavy of ['docx', 'jszip', 'mammoth']) expect(packages.has(heavy)).toBe(false);
  });

  it('does load them for the import and export code itself', () => {
    expect(staticPackages(path.join(SRC, 'documents/import/index.ts')).has('jszip')).toBe(true);
    expect(staticPackages(path.join(SRC, 'documents/export/index.ts')).has('docx')).toBe(true);
  });
});
