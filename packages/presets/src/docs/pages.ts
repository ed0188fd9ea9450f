import { presets, presetSchemes } from '../catalogue';
import { fieldOpsRoles } from '../fieldOps/organisation';
import { opsDepartment, techDepartment, techSupportCenter } from '../organisations';
import { DEFAULT_SLA, exampleVendorFeeMapping } from '../outsourcedMaintenance/vendor';
import { renderMaintenancePage } from './renderMaintenancePage';
import { renderOrganisationPage } from './renderOrganisationPage';
import { renderRegimePage } from './renderRegimePage';
import { renderServiceDeskPage } from './renderServiceDeskPage';

/** A generated page of docs/presets/. */
export interface PresetPage {
  /** The file name in docs/presets/. */
  readonly file: string;
  /** The organisation id whose presets the page documents. */
  readonly organisation: string;
  /** Renders the page from the preset data. */
  readonly render: () => string;
}

/**
 * Every generated preset page, one per organisation, in the order of the source documents. docs.test.ts
 * checks each file against its renderer; `pnpm docs:presets` writes them.
 */
export const presetPages: readonly PresetPage[] = [
  { file: 'tech-support-center.md', organisation: 'tech-support-center', render: () => renderOrganisationPage(techSupportCenter, presets, presetSchemes) },
  { file: 'ops-department.md', organisation: 'ops-department', render: () => renderOrganisationPage(opsDepartment, presets, presetSchemes) },
  { file: 'tech-department.md', organisation: 'tech-department', render: () => renderOrganisationPage(techDepartment, presets, presetSchemes) },
  {
    file: 'broadband-field-ops.md',
    organisation: 'broadband-field-ops',
    render: () =>
      renderRegimePage(
        {
          title: { 'zh-CN': '运营部考核评分制度', en: 'Broadband field technicians' },
          intro:
            "The operations department (运营部) of a broadband provider appraises its field technicians (运维人员) by penalty points, not on a 100-point sheet: late contact and late visits on service orders (派单), escalation lapses, appearance and verified complaints cost points; each point is fined; points within a month or three months end the contract (自动离职); some lapses fine a whole chain of people at once; and conduct, phone and attendance rules add fines and sanctions of their own.",
          organisation: 'broadband-field-ops',
          roles: fieldOpsRoles,
        },
        presets,
        presetSchemes,
      ),
  },
  {
    file: 'outsourced-maintenance.md',
    organisation: 'outsourced-maintenance',
    render: () =>
      renderMaintenancePage(
        {
          title: { 'zh-CN': '代维考核', en: 'Outsourced maintenance' },
          intro:
            "A client company (甲方, a mobile operator's branch) appraises its outsourced maintenance vendor (代维公司, 乙方) every month and pays it quarterly by the scores. Fault tickets are dispatched by the monitoring centre, handled by the vendor and confirmed by the client's maintenance administrator; reports, faulty parts, staff changes, spot checks and keys are checked too. The vendor's duty desk (代维值班) staff are appraised on their own sheet.",
          organisation: 'outsourced-maintenance',
          sla: DEFAULT_SLA,
          feeMapping: exampleVendorFeeMapping,
          feeClause: '代维费用支付:每季度第一个月根据代维考核成绩支付上季度代维费用',
          reports: {
            weekly: '每周一上报《上周小结》',
            monthly: '下月3日前上报《月度巡检汇总表》、《故障月报表》、《代维工作月度总结》、《下月工作计划》',
            quarterly: '在季度结束后下一个月3日前上报《季度巡检汇总表》',
            annual: '《年度巡检汇总表》 (listed with the quarterly summary)',
          },
          exampleCalendar: { holidays: ['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07'], workdays: ['2026-10-10'] },
        },
        presets,
        presetSchemes,
      ),
  },
  {
    file: 'it-service-desk.md',
    organisation: 'it-service-desk',
    render: () =>
      renderServiceDeskPage(
        {
          title: { 'zh-CN': '客服部(IT运维)绩效考核', en: 'IT service desk' },
          intro:
            "A first sketch of a KPI scheme for an IT service department's customer-service desk (客服部): the company's common indicators plus the desk's own key performance indicators — user satisfaction (the focus), operations (availability, security, standard processes; request counts and fault-handling cycle time) and staff and innovation (staff quality, management, training). The source gives categories and examples, not weights: the preset is a template that the user completes.",
          organisation: 'it-service-desk',
          exampleWeights: { W1: 10, W2: 40, W3: 30, W4: 20 },
          exampleRatings: { W1: 90, W2: 85, W3: 80, W4: 95 },
        },
        presets,
        presetSchemes,
      ),
  },
];
