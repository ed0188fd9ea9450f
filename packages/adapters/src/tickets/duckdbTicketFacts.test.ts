import { describe, expect, it, vi } from 'vitest';
import { isAdapterError } from '../AdapterError';
import { duckdbTicketFacts } from './duckdbTicketFacts';
import { ticketProfile } from './ticketProfiles';

// As on an install without the optional peer dependency: importing it fails.
vi.mock('@duckdb/node-api', () => {
  throw new Error("Cannot find package '@duckdb/node-api'");
});

describe('duckdbTicketFacts without @duckdb/node-api', () => {
  it('throws duckdbMissing, saying what to install, in both languages', async () => {
    const error: unknown = await duckdbTicketFacts('events.csv', ticketProfile('sheet', 'tech-support-center/after-sales-supervisor')).catch((e: unknown) => e);
    expect(isAdapterError(error) && error.code).toBe('duckdbMissing');
    expect((error as Error).message).toContain('npm install @duckdb/node-api');
  });
});
