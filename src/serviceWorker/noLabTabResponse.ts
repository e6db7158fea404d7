/**
 * The worker's own answer when no lab tab is open: the simulated S3 runs inside the lab tab,
 * so there is nobody to ask. Not S3's voice (S3 never says this), hence a plain bilingual
 * page rather than error XML, with the way back to the lab. Japanese first, as the lab's default.
 */
import { sandboxedResponse } from './sandboxedResponse.ts';

const PAGE = `<!doctype html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>KMS Lab – S3</title>
<style>
  body { font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.6; color: #16191f; }
  section + section { border-top: 1px solid #d5dbdb; margin-top: 2rem; padding-top: 1rem; }
  a { color: #0972d3; }
</style>
</head>
<body>
<section lang="ja">
  <h1>KMS Lab が開いていません</h1>
  <p>このオブジェクト URL には、このブラウザーで開いている KMS Lab のタブが応答します。シミュレートされた S3 はそのタブの中で動いているからです。</p>
  <p>KMS Lab を開いてから、このページを再読み込みしてください。</p>
  <p><a href="/">KMS Lab を開く</a></p>
</section>
<section lang="en">
  <h1>KMS Lab is not open</h1>
  <p>Object URLs are answered by a KMS Lab tab open in this browser: the simulated S3 runs inside that tab.</p>
  <p>Open KMS Lab, then reload this page.</p>
  <p><a href="/">Open KMS Lab</a></p>
</section>
</body>
</html>
`;

export function noLabTabResponse(method: string): Response {
  const body = new TextEncoder().encode(PAGE);
  const headers = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' };
  return sandboxedResponse({ status: 503, headers, body: body.buffer as ArrayBuffer }, method);
}
