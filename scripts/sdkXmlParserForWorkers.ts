/**
 * Web Workers have no DOMParser, which the AWS SDK's browser XML parser needs (STS, IAM and
 * S3 answer in XML), so the SDK playground's sandbox worker would fail on every XML answer.
 * In worker bundles, @aws-sdk/xml-builder gets its own parser instead, written in plain JS.
 * `enforce: 'pre'`: Vite's own resolver (which applies the package's browser map) runs first otherwise.
 */
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

export function sdkXmlParserForWorkers(): Plugin {
  return {
    name: 'sdk-xml-parser-for-workers',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source !== './xml-parser' || !importer?.includes('@aws-sdk/xml-builder')) return null;
      return join(dirname(importer), 'xml-parser.js');
    },
  };
}
