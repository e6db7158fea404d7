/**
 * The last screen standing. Plain HTML with inline styles: it must render even when the
 * thing that broke is the design system or the i18n layer — even when the learner's
 * catalogue never arrived, so its own words are here too, in English.
 */
import { findTranslation, type Locale } from '../../i18n/i18n.ts';

type Props = { locale: Locale; title: 'app.crashed' | 'app.loadFailed'; error: unknown };

const FALLBACK = {
  'app.crashed': 'Something went wrong in KMS Lab',
  'app.loadFailed': 'KMS Lab could not start',
  'app.crashedHelp': 'This is a bug in the lab, not a mistake of yours. Reload the page to start again.',
  'app.reload': 'Reload',
} as const;
const say = (locale: Locale, key: keyof typeof FALLBACK) => findTranslation(locale, key) ?? FALLBACK[key];

export function FatalError({ locale, title, error }: Props) {
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return (
    <main role="alert" style={{ fontFamily: 'system-ui, sans-serif', maxWidth: 720, margin: '4rem auto', padding: '1.5rem', border: '2px solid #d91515', borderRadius: 12 }}>
      <h1 style={{ fontSize: '1.4rem', margin: 0 }}>{say(locale, title)}</h1>
      <p>{say(locale, 'app.crashedHelp')}</p>
      <pre style={{ whiteSpace: 'pre-wrap', background: '#f4f4f4', padding: '0.75rem', borderRadius: 6 }}>{detail}</pre>
      <button type="button" onClick={() => location.reload()}>{say(locale, 'app.reload')}</button>
    </main>
  );
}
