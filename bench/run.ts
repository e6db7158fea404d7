/**
 * `npm run bench`: KMS Encrypt+Decrypt pairs of 4 KiB per second through dispatch, through the
 * real SDK in process and over the loopback endpoint, next to raw WebCrypto AES-256-GCM measured
 * in the same run (one await at a time, as a learner's code calls KMS).
 * Targets (ISSUE 2): dispatch ≥ 0.5× raw WebCrypto; SDK in process ≥ 5,000 pairs/s.
 */
import { availableParallelism } from 'node:os';
import { measure, type Rate } from './measure.ts';
import { reportPolicyBench } from './policyBench.ts';
import { reportCloudTrailBench } from './cloudTrailBench.ts';
import { reportBundleSize } from './bundleSize.ts';
import { reportTableScaleBench } from './tableScaleBench.ts';
import { benchAccount, rawWebCrypto, sdkAlone, throughDispatch, throughLoopback, throughSdkInProcess } from './subjects.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 2);
const WARMUP_SECONDS = 0.5;

const pad = (text: string, width: number) => text.padEnd(width);
const rate = (r: Rate) => `${Math.round(r.perSecond).toLocaleString('en-US').padStart(7)} pairs/s`;
const verdict = (met: boolean) => (met ? 'met' : 'NOT MET');

async function main() {
  // Each subject gets a fresh account: the CloudTrail history one run leaves behind would
  // otherwise slow the next (more live objects for the garbage collector).
  const raw = await measure(await rawWebCrypto(), SECONDS, WARMUP_SECONDS);
  const forDispatch = await benchAccount();
  const dispatched = await measure(throughDispatch(forDispatch.account, forDispatch.keyId), SECONDS, WARMUP_SECONDS);
  const forSdk = await benchAccount();
  const sdk = await measure(throughSdkInProcess(forSdk.account, forSdk.keyId), SECONDS, WARMUP_SECONDS);
  const forHttp = await benchAccount();
  const loopback = await throughLoopback(forHttp.account, forHttp.keyId);
  const http = await measure(loopback.pair, SECONDS, WARMUP_SECONDS);
  await loopback.server.close();
  const sdkOnly = await measure(sdkAlone(forSdk.keyId), SECONDS, WARMUP_SECONDS);
  const records = forDispatch.account.state.cloudtrail.events.length;

  const ratio = (r: Rate) => `${(r.perSecond / raw.perSecond).toFixed(2)}× raw`;
  console.log(`KMS Encrypt+Decrypt of 4 KiB, one pair at a time, ${SECONDS} s each after ${WARMUP_SECONDS} s warm-up`);
  console.log(`(node ${process.version}, ${availableParallelism()} cores)\n`);
  console.log(`${pad('raw WebCrypto AES-256-GCM', 28)}${rate(raw)}   1.00× raw`);
  console.log(`${pad('KMS through dispatch', 28)}${rate(dispatched)}   ${ratio(dispatched)}   target ≥ 0.50× raw: ${verdict(dispatched.perSecond >= 0.5 * raw.perSecond)}`);
  console.log(`${pad('KMS via SDK in process', 28)}${rate(sdk)}   ${ratio(sdk)}   target ≥ 5,000 pairs/s: ${verdict(sdk.perSecond >= 5000)}`);
  console.log(`${pad('KMS via SDK over loopback', 28)}${rate(http)}   ${ratio(http)}`);
  console.log(`${pad('SDK alone, canned answers', 28)}${rate(sdkOnly)}   ${ratio(sdkOnly)}   (the SDK's own cost: a ceiling for the in-process figure)`);
  console.log(`\nThe dispatch run left ${records.toLocaleString('en-US')} CloudTrail records in memory.`);
  reportPolicyBench(SECONDS);
  await reportCloudTrailBench(SECONDS);
  reportBundleSize();
  await reportTableScaleBench();
}

void main();
