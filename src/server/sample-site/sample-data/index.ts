import { SAMPLE_COUNCILS, type SampleCouncil } from '../../stand-in/sample-users';
import { fenmouth } from './fenmouth';
import { harrowgateMoor } from './harrowgate-moor';
import { kestrelVale } from './kestrel-vale';
import type { CouncilSample, SampleContext } from './types';

/** The sample councils, one file each (all fictional, written for the stand-in). */
export const SAMPLE_PLANS: readonly { council: SampleCouncil; build: (ctx: SampleContext) => CouncilSample }[] = [
  { council: SAMPLE_COUNCILS.kestrelVale, build: kestrelVale },
  { council: SAMPLE_COUNCILS.fenmouth, build: fenmouth },
  { council: SAMPLE_COUNCILS.harrowgateMoor, build: harrowgateMoor },
];

export { sampleContext, sampleKey, type CouncilSample, type SampleContext, type SampleValues } from './types';
