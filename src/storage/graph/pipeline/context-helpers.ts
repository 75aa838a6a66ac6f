import type { Context } from '@microsoft/microsoft-graph-client';
import { RequestState } from './request-state';

/** The request's own state, as the adapter attached it (see GraphHttp). */
export function requestStateOf(context: Context): RequestState | undefined {
  return context.middlewareControl?.getMiddlewareOptions(RequestState) as RequestState | undefined;
}

/** Sets one request header whether the SDK built the headers as a Headers object or a record. */
export function setRequestHeader(context: Context, name: string, value: string): void {
  const options = (context.options ??= {});
  const headers = options.headers;
  if (headers instanceof Headers) headers.set(name, value);
  else if (Array.isArray(headers)) options.headers = [...headers.filter(([n]) => n.toLowerCase() !== name.toLowerCase()), [name, value]];
  else options.headers = { ...(headers ?? {}), [name]: value };
}
