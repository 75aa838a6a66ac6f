import { Button, Tooltip } from '@fluentui/react-components';
import { LANGUAGE_ENDONYMS, useLanguage, useMessages } from '../i18n';

/**
 * The top bar's language switch: one button per other language, named in that language and
 * marked with its `lang`, so a screen reader speaks "Cymraeg" as Welsh. The choice is remembered
 * for this person on this device (i18n/language-memory).
 */
export function LanguageSwitch() {
  const t = useMessages();
  const control = useLanguage();
  if (!control) return null;
  return (
    <>
      {control.languages
        .filter((language) => language !== control.language)
        .map((language) => (
          <Tooltip key={language} content={t('language.switch', { language: LANGUAGE_ENDONYMS[language] })} relationship="description">
            <Button appearance="subtle" lang={language.split('-')[0]} onClick={() => control.choose(language)}>
              {LANGUAGE_ENDONYMS[language]}
            </Button>
          </Tooltip>
        ))}
    </>
  );
}
