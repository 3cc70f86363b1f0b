/**
 * 4. Catalogue sync: a full sync of 1,000, 5,000 and 20,000 templates, asked for the
 * way the picker's Refresh does (templates.list, freshness "force") from an
 * extension page, timed in that page from sendMessage to the reply.
 *
 * Cursor pagination is sequential (each page token comes from the previous
 * page), so one cursor's floor is pages × per-request latency: that is the
 * floor shown (pages = templates / 100). The extension reads the list from both
 * ends at once (reverse=true and reverse=false, two cursors) and then the newest
 * page again, so it can go below that bound; its own chain of round trips is
 * the newest-first requests (that walk starts first and the re-read follows it).
 * The stand-in's request log (arrival times) splits the rest: before the first
 * request, per round trip of that chain beyond the latency, and after the last
 * page answered (store, sort, reply).
 * A single request through the same fetch path (connection.test) first shows
 * what one request costs beyond the added latency on this machine. Also timed,
 * with the catalogue cached: templates.list "cached" (what a warm picker asks)
 * and templates.get (what choosing a template asks). The runs above re-sync the
 * catalogue the cache holds (a Refresh: no unchanged template record is
 * rewritten); a first sync into an emptied cache, which writes every record after
 * it answers, is timed apart, with how long those writes go on after the answer.
 */
import { generateCatalogue } from '../fakes/sendbird';
import { DEMO_API_TOKEN, DEMO_APP_ID } from '../fakes/demo-app';
import { type BenchEnv, TEMPLATES_PATH, listedCount, message, templateRecordsWritten } from './env';
import { sampled, type Row } from './report';
import { summarize } from './stats';

interface SyncSample {
  ms: number;
  /** List requests made, both directions. */
  pages: number;
  /** Newest-first list requests: the sync's chain of sequential round trips. */
  chain: number;
  beforeFirst: number;
  perPageOverhead: number;
  afterLast: number;
}

export async function measureSync(env: BenchEnv): Promise<{ rows: Row[]; details: Record<string, unknown> }> {
  const { optionsPage } = await env.withExtension();
  const rows: Row[] = [];
  const details: Record<string, unknown> = {};

  // Calibration: one request through the same fetch path (Test connection asks for one template),
  // and a message that makes no request, to see what a single page costs beyond the added latency.
  env.serveCatalogue(undefined);
  const oneRequest: number[] = [];
  const noRequest: number[] = [];
  for (let i = 0; i <= env.runs(10); i++) {
    const test = await message(optionsPage, 'connection.test', { appId: DEMO_APP_ID, apiToken: DEMO_API_TOKEN, apiHost: '' });
    if (!test.reply.ok) throw new Error(`connection.test failed: ${JSON.stringify(test.reply)}`);
    const status = await message(optionsPage, 'setup.status', {});
    if (i === 0) continue;
    oneRequest.push(test.ms);
    noRequest.push(status.ms);
  }
  const requestOverhead = summarize(oneRequest).median - summarize(noRequest).median - env.latencyMs;
  rows.push(
    sampled('sync', 'one Sendbird request round trip (connection.test, 1 template)', 'ms', oneRequest, {
      warmup: 1,
      floor: env.latencyMs + summarize(noRequest).median,
      floorKind: 'bound',
      floorNote: `latency + a message with no request (${summarize(noRequest).median.toFixed(1)} ms)`,
      note: `so each request costs ${requestOverhead.toFixed(1)} ms beyond the added latency on this machine (Chromium network service, loopback TLS, the stand-in)`,
    }),
  );

  for (const count of [1_000, 5_000, 20_000]) {
    const runs = env.runs(count > 5_000 ? 2 : count > 1_000 ? 3 : 5);
    const templates = generateCatalogue(count);
    env.serveCatalogue(templates);
    const samples: SyncSample[] = [];
    for (let i = 0; i <= runs; i++) {
      env.sendbird.requests.length = 0;
      const { ms, sentAt: startedAt, reply } = await message(optionsPage, 'templates.list', { freshness: 'force' });
      const listed = listedCount(reply.data);
      if (!reply.ok || listed !== count) throw new Error(`sync of ${count} failed: ${JSON.stringify(reply).slice(0, 300)}`);
      const pages = env.sendbird.requests.filter((r) => r.method === 'GET' && r.path === TEMPLATES_PATH);
      const chain = pages.filter((r) => r.query.reverse === 'true');
      const first = pages[0]!.time;
      const last = pages.at(-1)!.time;
      if (i === 0) continue; // warm-up: first connection, first IndexedDB write of this size
      samples.push({
        ms,
        pages: pages.length,
        chain: chain.length,
        beforeFirst: first - startedAt,
        perPageOverhead: chain.length > 1 ? (chain.at(-1)!.time - chain[0]!.time) / (chain.length - 1) - env.latencyMs : Number.NaN,
        afterLast: startedAt + ms - (last + env.latencyMs),
      });
    }
    const pages = Math.ceil(count / 100);
    const med = (key: keyof SyncSample) => summarize(samples.map((s) => s[key])).median;
    rows.push(
      sampled('sync', `full sync, ${count.toLocaleString('en-US')} templates`, 'ms', samples.map((s) => s.ms), {
        warmup: 1,
        floor: pages * env.latencyMs,
        floorKind: 'bound',
        floorNote: `${pages} pages × ${env.latencyMs} ms (one sequential cursor)`,
        note: `median ${med('pages').toFixed(0)} list requests, ${med('chain').toFixed(0)} of them newest first (the chain of round trips; ${(med('chain') * (env.latencyMs + requestOverhead)).toFixed(0)} ms at a bare request's cost); split: ${med('beforeFirst').toFixed(0)} ms before the first request, +${med('perPageOverhead').toFixed(1)} ms per round trip of that chain beyond the latency (a bare request costs +${requestOverhead.toFixed(1)}), ${med('afterLast').toFixed(0)} ms after the last page (IndexedDB write, sort, summaries, reply)`,
      }),
    );
    details[`sync:${count}`] = samples;

    // The catalogue is now cached: what a warm picker and a template choice cost at this size.
    const cachedList: number[] = [];
    const getOne: number[] = [];
    const keys = (templates as { key: string }[]).map((t) => t.key);
    for (let i = 0; i <= runs * 2; i++) {
      const list = await message(optionsPage, 'templates.list', { freshness: 'cached' });
      if (!list.reply.ok) throw new Error('templates.list cached failed');
      const key = keys[(i * 997) % keys.length]!;
      const get = await message(optionsPage, 'templates.get', { key });
      if (!get.reply.ok) throw new Error(`templates.get ${key} failed`);
      if (i === 0) continue;
      cachedList.push(list.ms);
      getOne.push(get.ms);
    }
    rows.push(
      sampled('sync', `templates.list "cached" round trip, ${count.toLocaleString('en-US')} cached`, 'ms', cachedList, {
        warmup: 1,
        note: 'what every picker open asks; no network',
      }),
      sampled('sync', `templates.get round trip (one template), ${count.toLocaleString('en-US')} cached`, 'ms', getOne, {
        warmup: 1,
        note: 'what choosing a template asks; served from the cache, no network',
      }),
    );

    // The rows above re-sync the catalogue the cache holds (a Refresh), which rewrites no unchanged
    // template record. A first sync (empty cache) writes every one, after it answers: timed apart.
    const first: number[] = [];
    const written: number[] = [];
    for (let i = 0; i <= runs; i++) {
      await env.clearCatalogueCache();
      const { ms, sentAt, reply } = await message(optionsPage, 'templates.list', { freshness: 'force' });
      if (!reply.ok || listedCount(reply.data) !== count) throw new Error(`first sync of ${count} failed: ${JSON.stringify(reply).slice(0, 300)}`);
      const answeredAt = sentAt + ms;
      const writtenAt = await templateRecordsWritten(optionsPage, count);
      if (i === 0) continue;
      first.push(ms);
      written.push(writtenAt - answeredAt);
    }
    rows.push(
      sampled('sync', `first sync into an empty cache, ${count.toLocaleString('en-US')} templates`, 'ms', first, {
        warmup: 1,
        floor: pages * env.latencyMs,
        floorKind: 'bound',
        floorNote: `${pages} pages × ${env.latencyMs} ms (one sequential cursor)`,
        note: 'cache cleared (settings.clear + save), then templates.list "force": the sync writes every template record, after its answer',
      }),
      sampled('sync', `first sync, ${count.toLocaleString('en-US')}: every template record written, after the answer`, 'ms', written, {
        warmup: 1,
        note: 'answer → the templates store holds them all (counted from the options page every 50 ms); templates.get answers from memory meanwhile',
      }),
    );
    details[`sync:first:${count}`] = { first, written };
  }
  env.serveCatalogue(undefined);
  await env.clearCatalogueCache();
  return { rows, details };
}
