/**
 * The worker's side of the relay over real MessageChannels: which tab it asks, and what it
 * does when a tab stays silent or none is open. The tabs are stand-ins for the browser's
 * window clients, answering the way serveObjectUrls does.
 */
import { describe, expect, it } from 'vitest';
import type { RelayRequest, RelayResponse } from '../shared/objectUrlRelay.ts';
import { noLabTabResponse } from './noLabTabResponse.ts';
import { relayToLabTab, type LabTab } from './relayToLabTab.ts';

const REQUEST: RelayRequest = { type: 'kms-lab/s3-request', method: 'GET', path: '/b/k', rawQuery: '', headers: {}, body: new ArrayBuffer(0) };

const answer = (status: number): RelayResponse => ({ type: 'kms-lab/s3-response', status, headers: {}, body: new ArrayBuffer(0) });

function tab(url: string, status?: number): LabTab & { asked: number } {
  const t = {
    url,
    asked: 0,
    postMessage(_message: unknown, [port]: Transferable[]) {
      t.asked++;
      if (status !== undefined) (port as MessagePort).postMessage(answer(status));
    },
  };
  return t;
}

const tabsOf = (...tabs: LabTab[]) => ({ matchAll: async () => tabs });

describe('relaying to the lab tab', () => {
  it('asks the most recently focused lab tab and skips tabs showing object URLs', async () => {
    const objectTab = tab('http://lab.test/s3-objects/b/k', 500);
    const lab = tab('http://lab.test/kms/keys', 200);
    const other = tab('http://lab.test/', 201);
    const got = await relayToLabTab(tabsOf(objectTab, lab, other), REQUEST);
    expect({ status: got?.status, asked: [objectTab.asked, lab.asked, other.asked] }).toEqual({ status: 200, asked: [0, 1, 0] });
  });

  it('moves on to the next lab tab when one does not answer in time', async () => {
    const silent = tab('http://lab.test/');
    const lab = tab('http://lab.test/s3', 403);
    expect((await relayToLabTab(tabsOf(silent, lab), REQUEST, 50))?.status).toBe(403);
  });

  it('has no answer when no lab tab is open', async () => {
    expect(await relayToLabTab(tabsOf(tab('http://lab.test/s3-objects/b/k', 200)), REQUEST)).toBeUndefined();
  });
});

describe('the page for no lab tab', () => {
  it('says so in Japanese and English, links back to the lab and is sandboxed', async () => {
    const response = noLabTabResponse('GET');
    const html = await response.text();
    expect(response.status).toBe(503);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe('sandbox');
    expect(html).toContain('KMS Lab が開いていません');
    expect(html).toContain('KMS Lab is not open');
    expect(html).toContain('<a href="/">Open KMS Lab</a>');
    expect(html).not.toContain('<script');
  });
});
