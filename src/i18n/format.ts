/** Placeholder names in a message template: "Add {item} to {section}" → "item" | "section". */
export type PlaceholdersOf<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | PlaceholdersOf<Rest>
  : never;

export type MessageParams = Readonly<Record<string, string | number>>;

/** Fills "{name}" placeholders; a missing value leaves the placeholder visible rather than "undefined". */
export function formatMessage(template: string, params: MessageParams = {}): string {
  return template.replace(/\{([A-Za-z0-9]+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}
