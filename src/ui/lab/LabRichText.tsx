/** A lab text with its inline markdown shown as bold, italic and code (see inlineMarkdown.ts). */
import { inlineMarkdown } from './inlineMarkdown.ts';

export function LabRichText({ text }: { readonly text: string }) {
  return (
    <>
      {inlineMarkdown(text).map((s, i) => {
        if (s.kind === 'strong') return <strong key={i}>{s.text}</strong>;
        if (s.kind === 'em') return <em key={i}>{s.text}</em>;
        if (s.kind === 'code') return <code key={i}>{s.text}</code>;
        return s.text;
      })}
    </>
  );
}
