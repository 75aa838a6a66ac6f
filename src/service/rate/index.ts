/** The per-person request limit in front of the service (see person-limit.ts). */
export { PersonLimiter, personLimitFromEnv, type PersonLimit, type Admission } from './person-limit';
export { withPersonLimit, MAX_STREAMS_PER_PERSON } from './with-person-limit';
