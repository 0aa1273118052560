// The CI gate: this build's public API against the last release's record (public-api.json),
// and the gate itself on deliberately broken fixtures, so a gate that lets everything pass fails.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { VideoReadyDashboardProps, propsShape } from '@scenra/contracts';
import { describeBuild, describeProps } from './build-api.ts';
import {
  compareWithRecord,
  diffEntries,
  flattenCustomElements,
  type PublicApi,
} from './public-api.ts';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const record = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../public-api.json', import.meta.url)), 'utf8'),
) as PublicApi;
const builtElements = JSON.parse(readFileSync(`${dist}custom-elements.json`, 'utf8')) as {
  modules: Array<{ declarations?: Array<Record<string, unknown>> }>;
};

/** A copy of the record with some of its parts replaced. */
const changed = (parts: Partial<PublicApi>): PublicApi => ({
  ...structuredClone(record),
  ...parts,
});

describe('public API gate', () => {
  it('this build keeps every promise of the last release (or bumps the major it needs)', () => {
    const current = describeBuild(dist);
    const { problems } = compareWithRecord(record, current);
    expect(problems, problems.join('\n\n')).toEqual([]);
  });

  it('the record is the current API of the props contract', () => {
    expect(record.contractVersion).toBe('1.2.0');
    expect(record.props['VideoReadyDashboard.onReady']).toEqual({
      type: 'function',
      required: false,
      direction: 'accepts',
    });
    expect(record.props['navigate(target).name']?.type).toContain('"settings.apiKeys"');
  });
});

describe('the gate on broken fixtures', () => {
  it('fails a new required prop and a removed callback without a contract major, naming both', () => {
    const { onReady: _removed, ...kept } = VideoReadyDashboardProps.shape;
    const dashboard = propsShape.object({ ...kept, projectId: propsShape.string() });
    const broken = {
      ...describeProps(['ApiKeysSettings']),
      ...describePropsFor('VideoReadyDashboard', dashboard),
    };
    const { problems } = compareWithRecord(
      record,
      changed({ props: broken, contractVersion: '1.3.0' }),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('props contract has breaking changes');
    expect(problems[0]).toContain('version went from 1.2.0 to 1.3.0');
    expect(problems[0]).toContain('VideoReadyDashboard.projectId is new and required');
    expect(problems[0]).toContain('VideoReadyDashboard.onReady was removed');

    const bumped = compareWithRecord(record, changed({ props: broken, contractVersion: '2.0.0' }));
    expect(bumped.problems).toEqual([]);
    expect(bumped.breaking.props).toHaveLength(2);
  });

  it('fails a removed attribute and a narrowed union of an element without a major, naming them', () => {
    const fixture = structuredClone(builtElements);
    const card = fixture.modules
      .flatMap((mod) => mod.declarations ?? [])
      .find((declaration) => declaration.tagName === 'scenra-prompt-action-card') as {
      attributes: Array<{ name: string; type?: { text: string } }>;
    };
    card.attributes = card.attributes
      .filter((attribute) => attribute.name !== 'heading-level')
      .map((attribute) =>
        attribute.name === 'state'
          ? { ...attribute, type: { text: "'idle' | 'busy' | 'done'" } }
          : attribute,
      );
    const elements = flattenCustomElements(fixture as Parameters<typeof flattenCustomElements>[0]);
    const { problems } = compareWithRecord(record, changed({ elements, version: '1.1.0' }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('web components (custom-elements.json) have breaking changes');
    expect(problems[0]).toContain(
      '<scenra-prompt-action-card>.attribute.heading-level was removed',
    );
    expect(problems[0]).toContain(
      "<scenra-prompt-action-card>.attribute.state no longer accepts 'locked', 'disabled'",
    );
    expect(compareWithRecord(record, changed({ elements, version: '2.0.0' })).problems).toEqual([]);
  });

  it('a removed element is one sentence, not one per attribute', () => {
    const fixture = structuredClone(builtElements);
    for (const mod of fixture.modules) {
      mod.declarations = mod.declarations?.filter((d) => d.tagName !== 'scenra-toast');
    }
    const { breaking } = diffEntries(
      record.elements,
      flattenCustomElements(fixture as Parameters<typeof flattenCustomElements>[0]),
    );
    expect(breaking).toEqual(['<scenra-toast> was removed']);
  });

  it('lets additions through: an optional prop, a new union value, a new exposed module', () => {
    const props = {
      ...describeProps(['ApiKeysSettings', 'VideoReadyDashboard', 'mount']),
      ...describePropsFor(
        'VideoReadyDashboard',
        propsShape.extend(VideoReadyDashboardProps, {
          theme: propsShape.optional(propsShape.string()),
        }),
      ),
    };
    const elements = structuredClone(record.elements);
    elements['<scenra-toast>.attribute.tone']!.type += " | 'warning'";
    const result = compareWithRecord(record, changed({ props, elements }));
    // Additions the contracts already have but no release has recorded yet are news too.
    const unreleased = compareWithRecord(
      record,
      changed({ props: describeProps(['ApiKeysSettings', 'VideoReadyDashboard']) }),
    ).additions;
    expect(result.problems).toEqual([]);
    expect(result.additions.sort()).toEqual(
      [
        ...unreleased,
        "<scenra-toast>.attribute.tone now accepts 'warning'",
        'VideoReadyDashboard.theme was added',
        'mount was added',
      ].sort(),
    );
  });

  it('treats a new analytics event as news and a dropped one as breaking', () => {
    const props = structuredClone(record.props);
    const names = props['onEvent(event).name']!;
    names.type = names.type.replace('"ready_viewed" | ', '') + ' | "video_liked"';
    expect(diffEntries(record.props, props)).toEqual({
      breaking: [`onEvent(event).name no longer reports 'ready_viewed'`],
      additions: [`onEvent(event).name now reports 'video_liked'`],
    });
  });

  it('treats a new value the remote sends to the host as breaking', () => {
    const props = structuredClone(record.props);
    props['navigate(target).name']!.type += ' | "billing"';
    expect(diffEntries(record.props, props).breaking).toEqual([
      `navigate(target).name can now send 'billing'`,
    ]);
  });
});

function describePropsFor(name: string, schema: propsShape.Rule<unknown>) {
  return Object.fromEntries(
    Object.entries(describeProps(['VideoReadyDashboard'], { VideoReadyDashboard: schema })).filter(
      ([key]) => key === name || key.startsWith(`${name}.`),
    ),
  );
}
