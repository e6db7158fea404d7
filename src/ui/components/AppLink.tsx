/** A link to another console page that navigates inside the app (no reload), as the console's links do. */
import Link from '@cloudscape-design/components/link';
import { useNavigate } from '@tanstack/react-router';
import type { ReactNode } from 'react';

export function AppLink({ href, children }: { href: string; children: ReactNode }) {
  const navigate = useNavigate();
  return (
    <Link href={href} onFollow={(e) => { e.preventDefault(); void navigate({ to: href }); }}>
      {children}
    </Link>
  );
}
