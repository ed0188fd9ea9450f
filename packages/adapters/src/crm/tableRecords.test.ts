import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readForPreset } from './crmTestKit.js';
import { isAdapterError } from '../AdapterError.js';
import { parseCrmProfile, type CrmProfile } from './crmProfile.js';
import { CRM_PROFILES, crmProfile } from './crmProfiles.js';
import { tableRecords, type CrmTables } from './tableRecords.js';

const profile = crmProfile('crm-spreadsheet');

function codeOf(run: () => unknown): [string, string] | undefined {
  try {
    run();
  } catch (error) {
    if (isAdapterError(error)) return [error.code, error.message];
    throw error;
  }
  return undefined;
}

const opportunity = (id: string, extra: Record<string, unknown> = {}) => ({ 商机编号: id, 销售阶段: '6 施工准备', 创建时间: '2026/7/6 10:00', ...extra });

describe('tableRecords', () => {
  it('refuses a row without its id, and two rows with the same id', () => {
    expect(codeOf(() => tableRecords({ records: [opportunity('A'), opportunity('')] }, profile))).toEqual(['crmExportInvalid', 'The crm-spreadsheet export is not in the documented shape: 商机 row 2: no 商机编号.']);
    expect(codeOf(() => tableRecords({ records: [opportunity('A'), opportunity('A')] }, profile))?.[1]).toContain('商机: two rows have the id A');
  });

  it('refuses two contracts for one opportunity where the profile expects one', () => {
    const tables: CrmTables = { records: [opportunity('A')], related: { 合同: [{ 合同编号: 'H1', 商机编号: 'A' }, { 合同编号: 'H2', 商机编号: 'A' }] } };
    expect(codeOf(() => tableRecords(tables, profile))?.[1]).toContain('商机 A has 2 合同 rows (H1, H2), where one is expected');
  });

  it('refuses a stage change whose moment it cannot read, rather than dropping it', () => {
    const tables: CrmTables = { records: [opportunity('A')], history: [{ 商机编号: 'A', 变更时间: '上周', 原阶段: '6 施工准备', 新阶段: '7 工程施工' }] };
    expect(codeOf(() => tableRecords(tables, profile))?.[1]).toContain('阶段变更 row 1, 变更时间: "上周" is not a date and time');
  });

  it('takes a record without stage changes to have been in its stage since it was created', () => {
    const [record] = tableRecords({ records: [opportunity('A')], history: [] }, profile);
    expect(record?.stages).toEqual([{ value: '6 施工准备', at: '2026/7/6 10:00', provenance: { source: 'crm-spreadsheet', object: '商机', recordId: 'A', field: '创建时间', value: '2026/7/6 10:00' } }]);
  });

  it('sorts stage changes by their moment, whatever the order of the rows', () => {
    const history = [
      { 商机编号: 'A', 变更时间: '2026/8/1 09:00', 原阶段: '6 施工准备', 新阶段: '7 工程施工' },
      { 商机编号: 'A', 变更时间: '2026/7/6 10:00', 原阶段: '4 招投标', 新阶段: '6 施工准备' },
    ];
    const [record] = tableRecords({ records: [opportunity('A', { 创建时间: '2026/6/1 09:00' })], history }, profile);
    expect(record?.stages.map((s) => s.value)).toEqual(['4 招投标', '6 施工准备', '7 工程施工']);
  });

  it('leaves out related rows of records not exported', () => {
    const [record] = tableRecords({ records: [opportunity('A')], related: { 投诉: [{ 投诉编号: 'T1', 商机编号: 'B' }] } }, profile);
    expect(record?.fields['投诉']).toEqual([]);
  });

  it('needs a profile that says how tables become records', () => {
    expect(codeOf(() => tableRecords({ records: [] }, crmProfile('hubspot')))?.[0]).toBe('crmProfileInvalid');
  });
});

describe('the tables section of a profile', () => {
  const withTables = (tables: unknown): (() => CrmProfile) => () => parseCrmProfile({ ...CRM_PROFILES['crm-spreadsheet'], tables });
  const records = { object: '商机', id: '商机编号' };

  it('refuses related tables that are their own parents, or name a table that is not there', () => {
    const loop = { records, related: { a: { object: 'A', id: 'id', parent: 'p', of: 'b' }, b: { object: 'B', id: 'id', parent: 'p', of: 'a' } } };
    expect(codeOf(withTables(loop))?.[1]).toContain('tables.related.a.of: related tables must not be their own parents');
    expect(codeOf(withTables({ records, related: { a: { object: 'A', id: 'id', parent: 'p', of: '合同' } } }))?.[1]).toContain('no related table "合同"');
  });

  it('refuses a stage-entered pattern without a group capturing the stage', () => {
    expect(codeOf(withTables({ records: { ...records, stageEntered: '^Date entered' } }))?.[1]).toContain('a group capturing the stage');
    expect(codeOf(withTables({ records: { ...records, stageEntered: '^Date entered "(.+' } }))?.[1]).toContain('a group capturing the stage');
  });
});

describe('the worked profile of docs/adapters.md', () => {
  const doc = readFileSync(fileURLToPath(new URL('../../../../docs/adapters.md', import.meta.url)), 'utf8');
  const jsonc = /```jsonc\n([\s\S]*?)```/.exec(doc)?.[1] ?? '';
  const worked = parseCrmProfile(JSON.parse(jsonc.replace(/\s\/\/[^\n]*/g, '')));

  it('is a valid profile that reads the sheets it describes', () => {
    const tables: CrmTables = {
      records: [{ 项目ID: 'P1', 项目编号: 'PRJ-1', 项目名称: '机房改造', 当前阶段: '验收', 立项时间: '2026/6/20 10:00', 合同额: '1,500,000.00', 币种: '人民币', 复杂度: '组织复杂型', 负责人比例: '50%', 风险: '高', 计划工期: '60', 预算: '100,000', 实际成本: '112,000', 验收日期: '2026/9/10', 归档日期: '2026/9/19', 内部验收扣分: '1' }],
      history: [
        { 项目ID: 'P1', 时间: '2026/7/6 10:00', 阶段: '实施准备' },
        { 项目ID: 'P1', 时间: '2026/8/1 09:00', 阶段: '实施中' },
        { 项目ID: 'P1', 时间: '2026/9/5 16:00', 阶段: '验收' },
      ],
      related: { 收款: [{ 收款单号: 'S1', 项目ID: 'P1', 款项: '进度款', 金额: '1,425,000.00', 到账日期: '2026/9/23' }, { 收款单号: 'S2', 项目ID: 'P1', 款项: '质保金', 金额: '75,000.00', 到账日期: '' }] },
    };
    const read = readForPreset(tableRecords(tables, worked), worked, 'tech-department/implementation-project');
    expect(read.issues).toEqual([]);
    expect(read.projects[0]?.facts).toMatchObject({ contractValue: '1500000', actualDays: 66, acceptedOn: '2026-09-10', finalPaymentCollectedOn: '2026-09-23', leaderShare: '0.5' });
  });
});
