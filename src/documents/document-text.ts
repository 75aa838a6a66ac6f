/**
 * The fixed wording of the documents the plan is exported as, and of the labels the import reads
 * back from them, in one place: so a translation is one file, and import and export never
 * disagree about a label.
 */
export const DOCUMENT_TEXT = {
  lapp: {
    frontIntro:
      'This plan records how the council and the census engagement team will work together before and during the census: who the contacts are, what each partner will do, and what has been done.',
    detailsHeading: 'Plan details',
    signOffHeading: 'Sign-off',
    /** Our wording of the template's partnership statement that the ACLM and CLM sign. */
    signOffStatement:
      'We confirm that this plan has been drawn up in partnership with the council and that we are content with the proposed priorities for engagement and the partnership actions.',
    signatureHeaders: ['Role', 'Name', 'Signature', 'Date'],
    signedInApp: 'Signed in the app',
    signedOnPaper: 'Signed on paper',
    notSigned: 'Not signed yet',
    producedOn: 'Produced on',
    /** The details of the front page that the import reads back, by the plan field they show. */
    detailLabels: {
      CouncilName: 'Name of LA',
      Census: 'Census',
      Cem: 'Census engagement manager (CEM)',
      Aclm: 'Assistant census liaison manager (ACLM)',
      Clm: 'Census liaison manager (CLM)',
      CensusDay: 'Census day',
      QaSentOn: 'Date sent to the ONS Quality Assurance Team',
    },
  },
} as const;

/** The front page's detail rows, in order: plan field → label. */
export const FRONT_PAGE_FIELDS = Object.keys(DOCUMENT_TEXT.lapp.detailLabels) as (keyof typeof DOCUMENT_TEXT.lapp.detailLabels)[];
