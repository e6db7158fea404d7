/**
 * The last screen standing. Plain HTML with inline styles: it must render even when the
 * thing that broke is the design system or the i18n layer.
 */
import { translate, type Locale } from '../../i18n/i18n.ts';

type Props = { locale: Locale; title: 'app.crashed' | 'app.loadFailed'; error: unknown };

export function FatalError({ locale, title, error }: Props) {
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return (
    <main role="alert" style={{ fontFamily: 'system-ui, sans-serif', maxWidth: 720, margin: '4rem auto', padding: '1.5rem', border: '2px solid #d91515', borderRadius: 12 }}>
      <h1 style={{ fontSize: '1.4rem', margin: 0 }}>{translate(locale, title)}</h1>
      <p>{translate(locale, 'app.crashedHelp')}</p>
      <pre style={{ whiteSpace: 'pre-wrap', background: '#f4f4f4', padding: '0.75rem', borderRadius: 6 }}>{detail}</pre>
      <button type="button" onClick={() => location.reload()}>{translate(locale, 'app.reload')}</button>
    </main>
  );
}
