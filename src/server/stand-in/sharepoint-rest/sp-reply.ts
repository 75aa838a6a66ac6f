import type { StandInRequest } from '../http/context';
import { GraphHttpError, type Reply } from '../http/reply';

/**
 * SharePoint REST answers in the format the client's Accept asks for: `odata=verbose` wraps in
 * `{ d: … }` (collections in `d.results`), JSON light (`nometadata`, `minimalmetadata`, plain
 * `application/json`) does not (collections in `value`). Errors follow the same split.
 */
const SP_EXCEPTION = '-2146232832, Microsoft.SharePoint.SPException';
const SP_ARGUMENT_EXCEPTION = '-2147024809, System.ArgumentException';

const isVerbose = (req: StandInRequest) => /odata=verbose/i.test(req.headers.accept ?? '');

export function spEntity(req: StandInRequest, type: string, value: Record<string, unknown>, status = 200): Reply {
  const body = isVerbose(req) ? { d: { __metadata: { type }, ...value } } : value;
  return { status, headers: { 'Content-Type': contentType(req) }, body };
}

export function spCollection(req: StandInRequest, type: string, values: readonly Record<string, unknown>[]): Reply {
  const body = isVerbose(req) ? { d: { results: values.map((v) => ({ __metadata: { type }, ...v })) } } : { value: values };
  return { status: 200, headers: { 'Content-Type': contentType(req) }, body };
}

function contentType(req: StandInRequest): string {
  return isVerbose(req) ? 'application/json;odata=verbose;charset=utf-8' : 'application/json;odata=nometadata;charset=utf-8';
}

export const spFail = {
  spException: (status: number, message: string) => new GraphHttpError(status, SP_EXCEPTION, message),
  argument: (message: string) => new GraphHttpError(400, SP_ARGUMENT_EXCEPTION, message),
};

/** SharePoint REST's error body, for a failure raised anywhere below its routes. */
export function spErrorReply(error: GraphHttpError, verbose: boolean): Reply {
  const detail = { code: error.code, message: { lang: 'en-US', value: error.message } };
  return { status: error.status, headers: error.headers, body: verbose ? { error: detail } : { 'odata.error': detail } };
}

export const spErrorReplyFor = (req: StandInRequest) => (error: GraphHttpError) => spErrorReply(error, isVerbose(req));
