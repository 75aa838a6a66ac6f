import { problemText, useMessages, type ProblemText } from '../i18n';
import { problemOf } from '../storage/errors';

/**
 * A problem as a person reads it: the catalogue's sentence (left out where the surface has said it
 * its own way), what the catalogue says in particular, then storage's own words, marked as
 * English so a screen reader speaks them as English.
 */
export function ProblemWords({ text, withSentence = true }: { text: ProblemText; withSentence?: boolean }) {
  const words = [...(withSentence ? [text.sentence] : []), ...text.details].join(' ');
  return (
    <>
      {words}
      {text.english !== undefined && (
        <>
          {words && ' '}
          <span lang="en">{text.english}</span>
        </>
      )}
    </>
  );
}

/** Why something failed, from whatever was thrown, in the reader's language (see ProblemWords). */
export function ErrorWords({ error }: { error: unknown }) {
  const t = useMessages();
  return <ProblemWords text={problemText(t, problemOf(error))} />;
}
