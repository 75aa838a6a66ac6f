import type { Translate } from '../i18n/catalogue';

/**
 * The fixed wording of the LAPP document in the reader's language, from the catalogues
 * ("document.lapp.*"): export writes it, and import reads it back in either language (a Welsh
 * document's words are taken back to English first, see import/welsh-document.ts).
 */

/** The front page's detail rows, in order: the plan fields they show. */
export const FRONT_PAGE_FIELDS = ['CouncilName', 'Census', 'Cem', 'Aclm', 'Clm', 'CensusDay', 'QaSentOn'] as const;
export type FrontPageField = (typeof FRONT_PAGE_FIELDS)[number];

/** The label of a front-page detail row in `t`'s language. */
export function detailLabel(t: Translate, field: FrontPageField): string {
  return t(`document.lapp.detail.${field}`);
}

/** The sign-off table's heading row in `t`'s language. */
export function signatureHeaders(t: Translate): string[] {
  return [t('document.lapp.signature.role'), t('document.lapp.signature.name'), t('document.lapp.signature.signature'), t('document.lapp.signature.date')];
}
