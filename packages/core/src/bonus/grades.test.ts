import { describe, expect, it } from 'vitest';
import { toDecimal } from '../decimal';
import { findGrade, Grade, gradeResult } from './grades';

const grades = [
  { id: 'A', name: { 'zh-CN': 'A', en: 'A' }, min: 90, factor: 1 },
  { id: 'B', name: { 'zh-CN': 'B', en: 'B' }, min: 80, max: 90, factor: '0.8' },
  { id: 'C', name: { 'zh-CN': 'C', en: 'C' }, min: 70, max: 80, factor: '0.6' },
  { id: 'D', name: { 'zh-CN': 'D', en: 'D' }, min: 60, max: 70, factor: '0.4' },
  { id: 'E', name: { 'zh-CN': 'E', en: 'E' }, max: 60, factor: 0 },
].map((g) => Grade.parse(g));

describe('findGrade (half-open bands of the project grades of seed 002)', () => {
  it.each([
    ['103.75', 'A'],
    ['90', 'A'],
    ['89.99', 'B'],
    ['80', 'B'],
    ['79.99', 'C'],
    ['70', 'C'],
    ['69.99', 'D'],
    ['60', 'D'],
    ['59.99', 'E'],
    ['0', 'E'],
  ])('grades %s as %s', (score, grade) => {
    expect(findGrade(grades, toDecimal(score))?.id).toBe(grade);
  });

  it('shows a grade with its interval and factor', () => {
    expect(gradeResult(grades[1] as Grade)).toEqual({ id: 'B', name: { 'zh-CN': 'B', en: 'B' }, interval: '[80, 90)', factor: '0.8' });
  });

  it('leaves a score no grade covers ungraded', () => {
    expect(findGrade(grades.slice(0, 2), toDecimal(70))).toBeUndefined();
  });

  it('rejects a negative factor', () => {
    expect(Grade.safeParse({ id: 'X', name: { 'zh-CN': 'X', en: 'X' }, factor: -1 }).success).toBe(false);
  });
});
