/** A key policy as read-only JSON (the Monaco editor replaces this in the policy editor issue). */
import Box from '@cloudscape-design/components/box';

export function PolicyJson({ policy, label }: { policy: string; label: string }) {
  return (
    <Box variant="code">
      <pre aria-label={label} data-testid="key-policy" tabIndex={0} style={{ margin: 0, whiteSpace: 'pre-wrap', maxHeight: 480, overflow: 'auto' }}>{policy}</pre>
    </Box>
  );
}
