import { z } from 'zod';
import { isIsoDate } from '../plan';
import { AGENDA_MESSAGES, AGENDA_PLURALS, type AgendaText, type AgendaValue } from './text';

/**
 * How a saved agenda's titles and reasons are read back: as message ids with values, or as the
 * plain English sentences that agendas saved before message ids hold (shown as they were written,
 * so an old meeting's record still reads).
 */
const value: z.ZodType<AgendaValue> = z.lazy(() =>
  z.union([
    z.string(),
    z.number(),
    z.object({ date: z.string().refine(isIsoDate, { message: 'must be a date in the form YYYY-MM-DD' }) }).strict(),
    z.object({ schema: z.string() }).strict(),
    z.object({ message }).strict(),
    z.object({ list: z.array(value) }).strict(),
  ]),
);

const values = z.record(z.string(), value).optional();

const message = z.union([
  z.object({ id: z.enum(AGENDA_MESSAGES), values }).strict(),
  z.object({ id: z.enum(AGENDA_PLURALS), count: z.number().int().min(0), values }).strict(),
]);

export const agendaTextSchema: z.ZodType<AgendaText, unknown> = z.union([
  z.string().transform((text): AgendaText => [{ text }]),
  z.array(z.union([message, z.object({ text: z.string() }).strict()])),
]);
