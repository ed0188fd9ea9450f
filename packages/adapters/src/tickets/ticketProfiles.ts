import { AdapterError } from '../AdapterError.js';
import jiraTechnician from './profiles/jira-broadband-field-ops-technician.json';
import jiraVendor from './profiles/jira-outsourced-maintenance-vendor.json';
import jiraAfterSalesProject from './profiles/jira-tech-department-after-sales-project.json';
import jiraAfterSalesSupervisor from './profiles/jira-tech-support-center-after-sales-supervisor.json';
import servicenowTechnician from './profiles/servicenow-broadband-field-ops-technician.json';
import servicenowVendor from './profiles/servicenow-outsourced-maintenance-vendor.json';
import servicenowAfterSalesProject from './profiles/servicenow-tech-department-after-sales-project.json';
import servicenowAfterSalesSupervisor from './profiles/servicenow-tech-support-center-after-sales-supervisor.json';
import sheetTechnician from './profiles/sheet-broadband-field-ops-technician.json';
import sheetVendor from './profiles/sheet-outsourced-maintenance-vendor.json';
import sheetAfterSalesProject from './profiles/sheet-tech-department-after-sales-project.json';
import sheetAfterSalesSupervisor from './profiles/sheet-tech-support-center-after-sales-supervisor.json';
import zendeskTechnician from './profiles/zendesk-broadband-field-ops-technician.json';
import zendeskVendor from './profiles/zendesk-outsourced-maintenance-vendor.json';
import zendeskAfterSalesProject from './profiles/zendesk-tech-department-after-sales-project.json';
import zendeskAfterSalesSupervisor from './profiles/zendesk-tech-support-center-after-sales-supervisor.json';
import { parseTicketProfile, type TicketProfile, type TicketProfileInput } from './TicketProfile.js';

/**
 * The ticket profiles shipped with the package, by `<source>/<regime id>`. The custom
 * field ids in them are examples: a department copies the profile and puts its own.
 */
export const TICKET_PROFILES: Readonly<Record<string, TicketProfileInput>> = Object.freeze({
  'zendesk/broadband-field-ops/technician': zendeskTechnician as TicketProfileInput,
  'jira/broadband-field-ops/technician': jiraTechnician as TicketProfileInput,
  'servicenow/broadband-field-ops/technician': servicenowTechnician as TicketProfileInput,
  'zendesk/outsourced-maintenance/vendor': zendeskVendor as TicketProfileInput,
  'jira/outsourced-maintenance/vendor': jiraVendor as TicketProfileInput,
  'servicenow/outsourced-maintenance/vendor': servicenowVendor as TicketProfileInput,
  'zendesk/tech-support-center/after-sales-supervisor': zendeskAfterSalesSupervisor as TicketProfileInput,
  'jira/tech-support-center/after-sales-supervisor': jiraAfterSalesSupervisor as TicketProfileInput,
  'servicenow/tech-support-center/after-sales-supervisor': servicenowAfterSalesSupervisor as TicketProfileInput,
  'zendesk/tech-department/after-sales-project': zendeskAfterSalesProject as TicketProfileInput,
  'jira/tech-department/after-sales-project': jiraAfterSalesProject as TicketProfileInput,
  'servicenow/tech-department/after-sales-project': servicenowAfterSalesProject as TicketProfileInput,
  'sheet/broadband-field-ops/technician': sheetTechnician as TicketProfileInput,
  'sheet/outsourced-maintenance/vendor': sheetVendor as TicketProfileInput,
  'sheet/tech-support-center/after-sales-supervisor': sheetAfterSalesSupervisor as TicketProfileInput,
  'sheet/tech-department/after-sales-project': sheetAfterSalesProject as TicketProfileInput,
});

/**
 * A shipped ticket profile, validated.
 *
 * @example
 * ticketProfile('zendesk', 'broadband-field-ops/technician').start.name // 'dispatchedAt'
 * @throws AdapterError `unknownMapping` when no profile is shipped for the source and regime.
 */
export function ticketProfile(source: string, regime: string): TicketProfile {
  const id = `${source}/${regime}`;
  const found = Object.prototype.hasOwnProperty.call(TICKET_PROFILES, id) ? TICKET_PROFILES[id] : undefined;
  if (found === undefined) throw new AdapterError('unknownMapping', { id, known: Object.keys(TICKET_PROFILES).join(', ') });
  return parseTicketProfile(found);
}
