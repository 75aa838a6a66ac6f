import { field } from '../field';
import { section } from '../section';

/**
 * One row per plan: who the partners are, the census milestones the agenda works from, and the
 * ACLM/CLM sign-off. Its ClientKey is the plan id every other row points at.
 */
/**
 * Who signs the plan and where each signature is kept: the header field naming the signer, and
 * the fields recording who signed and when. Sign-off (src/plan/sign-off.ts) reads only this.
 */
export const SIGNATURES = {
  aclm: { names: 'Aclm', by: 'AclmSignedBy', on: 'AclmSignedOn', paper: 'AclmSignedOnPaper' },
  clm: { names: 'Clm', by: 'ClmSignedBy', on: 'ClmSignedOn', paper: 'ClmSignedOnPaper' },
} as const;

/** The header field naming the snapshot kept when the plan was last signed. */
export const SIGNED_VERSION = 'SignedSnapshotKey';

export const planHeader = section({
  id: 'plan',
  list: 'LAPP Plans',
  title: 'Plan',
  templateTitle: 'Local Authority Partnership Plan (LAPP)',
  page: 'contacts',
  shape: 'header',
  councilEdits: false,
  labelField: 'CouncilName',
  fields: [
    field.text('CouncilName', 'Council', { required: true, heading: 'Name of LA', indexed: true }),
    field.text('Census', 'Census', { required: true, help: 'For example "Census 2031".' }),
    field.person('Cem', 'Census engagement manager (CEM)'),
    field.person('Aclm', 'Assistant census liaison manager (ACLM)'),
    field.person('Clm', 'Census liaison manager (CLM)'),
    field.text('CouncilDomain', 'Council email domain', {
      help: 'People whose email is at this domain are council staff for this plan, for example "kestrelvale.gov.uk".',
    }),
    field.text('CouncilTenantId', 'Council Microsoft 365 tenant', {
      help: "The council's Entra tenant id: its staff are council staff for this plan only when they sign in from that tenant with an address at the council's domain.",
    }),
    field.date('CensusDay', 'Census day'),
    field.date('AnnounceFrom', 'Announce phase starts', { help: 'Prime people that the census is an important public event.' }),
    field.date('AddressFrom', 'Address phase starts', { help: 'Drive motivation to complete and overcome barriers.' }),
    field.date('ActNowFrom', 'Act Now phase starts', { help: 'The final push to complete.' }),
    field.number('MeetingEveryDays', 'Meet every (days)', { help: 'How often the CEM and ACLM meet; fortnightly is 14.' }),
    field.person('AclmSignedBy', 'Signed by the ACLM', { heading: 'ACLM Digital Signature' }),
    field.date('AclmSignedOn', 'ACLM signed on'),
    field.yesNo('AclmSignedOnPaper', 'ACLM signed on paper', { help: 'The ACLM signed a printed or Word copy, not in the app.' }),
    field.person('ClmSignedBy', 'Signed by the CLM', { heading: 'CLM Digital Signature' }),
    field.date('ClmSignedOn', 'CLM signed on'),
    field.yesNo('ClmSignedOnPaper', 'CLM signed on paper', { help: 'The CLM signed a printed or Word copy, not in the app.' }),
    field.text('SignedSnapshotKey', 'Signed version', { help: 'The snapshot kept when the plan was last signed.' }),
    field.date('LastSharedOn', 'Last shared with the council'),
    field.date('QaSentOn', 'QA answers sent to ONS', { heading: 'CEM Record Date sent to ONS Quality Assurance Team' }),
  ],
});
