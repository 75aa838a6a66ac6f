/**
 * A fetched response's body as a caller can read it whatever came back: the JSON when it
 * parses, the text itself when it does not (a proxy's HTML error page is still worth showing),
 * and undefined when there is none (a 204).
 */
export async function responseBody(res: Response): Promise<unknown> {
  const text = await res.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
