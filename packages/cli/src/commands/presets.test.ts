import { describe, expect, it } from 'vitest';
import { presetShowCommand, presetsCommand } from './presets';

async function capture(run: (io: { stdout: { write(text: string): void }; stderr: { write(text: string): void }; cwd: string }) => unknown): Promise<string> {
  let out = '';
  await run({ stdout: { write: (text) => void (out += text) }, stderr: { write: () => undefined }, cwd: '.' });
  return out;
}

describe('kaohe presets in zh-CN', async () => {
  it('shows the period, the model, the status and every rule in Chinese words', async () => {
    const out = await capture((io) => presetShowCommand('tech-support-center/network-ops-supervisor', { locale: 'zh-CN' }, io));
    expect(out).toContain('考核期:季度;计分方式:基础分加减分;状态:完整');
    expect(out).toContain('outages 的每个事件(满足 customersAffected > 1 且 accountable ≠ false)(每月前 1 次不计):−10。');
    expect(out).toContain('按 networkQuality:良好 +5,合格 0,不合格 −5。');
    expect(out).not.toMatch(/\b(quarter|deduction|complete|period|month)\b/);
  });

  it('says how raters combine and what a veto does in Chinese', async () => {
    const out = await capture((io) => presetShowCommand('tech-support-center/presales-engineer', { locale: 'zh-CN' }, io));
    expect(out).toContain('按算术平均合成');
    expect(out).toContain('推定 P2: 原文未给出计分规则:分值 × min(1, 完成率)');
    expect(out).not.toMatch(/\bmean\b/);
    const manager = await capture((io) => presetShowCommand('tech-support-center/department-manager', { locale: 'zh-CN' }, io));
    expect(manager).toContain('一票否决 V1: 部门安全事故 → 考核不合格');
  });

  it('lists each preset’s status in Chinese', async () => {
    const out = await capture((io) => presetsCommand({ format: 'table', locale: 'zh-CN' }, io));
    expect(out).toContain('模板');
    expect(out).not.toMatch(/\b(complete|draft|template)\b/);
  });
});
