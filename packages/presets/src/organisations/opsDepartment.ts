import type { OrgChartInput } from '@kaohe/core';

const SOURCE = '001_bab6dbdb0cd7853e.txt';

/**
 * The Operations Department (运维部) of a broadband service alliance (宽带完美服务联盟), with its five
 * described positions. The page repeats its fragments twice and out of order; each
 * fact is kept once, under the position its fragment belongs to. The weighted key responsibilities
 * (关键职责) are the positions' scorecards (§3), not role data.
 */
export const opsDepartment: OrgChartInput = {
  schemaVersion: 1,
  kind: 'orgChart',
  id: 'ops-department',
  name: { 'zh-CN': '运维部', en: 'Operations Department' },
  description: {
    'zh-CN': '运维部岗位职责说明书',
    en: 'Position descriptions of the operations department of a broadband service alliance',
  },
  timeZone: 'Asia/Shanghai',
  roles: [
    {
      id: 'ops-manager',
      name: { 'zh-CN': '运维部经理', en: 'Operations manager' },
      code: 'DPT-YW-01',
      reportsTo: null,
      reportsToExternal: { 'zh-CN': '分管领导', en: 'executive in charge' },
      undescribedReports: [
        { 'zh-CN': '增值业务部经理', en: 'value-added services manager' },
        { 'zh-CN': '辅助采购助理', en: 'purchasing assistant' },
      ],
      responsibilities: [
        { 'zh-CN': '全面负责部门工作,制订部门工作计划及进度目标', en: 'Take overall charge of the department; set its work plan and schedule targets' },
        { 'zh-CN': '合理调配部门人、财、物,组织参加公司内外有关宽带完美服务联盟运行维护方面的协调、谈判、实施、培训和服务等工作', en: "Deploy the department's people, money and materials sensibly; organise and take part in the coordination, negotiation, implementation, training and service for running the broadband service alliance, inside and outside the company" },
        { 'zh-CN': '向部门员工传达公司精神,向公司管理层反映部门员工意见、建议', en: "Pass the company's direction on to staff, and staff's views and suggestions up to management" },
        { 'zh-CN': '协调部门内部关系,指导并考核本部门员工的工作,提高工作效率', en: 'Coordinate relations within the department, guide and appraise staff, and raise efficiency' },
        { 'zh-CN': '协调本部门与其他部门的关系', en: 'Coordinate relations with other departments' },
        { 'zh-CN': '负责宽带完美服务联盟运行维护各项工作制度的编制', en: 'Draft the working rules for running and maintaining the broadband service alliance' },
      ],
      qualifications: [
        { 'zh-CN': '本科以上学历,三年以上管理工作经验', en: "Bachelor's degree or above; at least three years of management experience" },
        { 'zh-CN': '认真负责,具有较强的综合组织、协调、沟通、文字能力', en: 'Conscientious; strong organising, coordination, communication and writing skills' },
        { 'zh-CN': '具有较全面的技术、管理知识', en: 'Broad technical and management knowledge' },
      ],
      scorecard: 'ops-department/ops-manager',
      provenance: {
        source: SOURCE,
        clause: '运维部经理 岗位编号DPT-YW-01',
        note: 'Responsibility 3 onwards and the qualifications follow a page break (from "3、向部门员工传达公司精神"); the qualifications end with "3、具有较全面的技术、管理知识", which leads into this position\'s 35% key responsibility.',
      },
    },
    {
      id: 'customer-service-manager',
      name: { 'zh-CN': '客户服务部经理', en: 'Customer service manager' },
      code: 'DPT-YW-02',
      reportsTo: 'ops-manager',
      responsibilities: [
        { 'zh-CN': '处理客户服务部各项日常事务', en: "Handle the customer service sub-department's day-to-day affairs" },
        { 'zh-CN': '负责检查、督促本部门人员的工作', en: "Check on and press forward the work of the sub-department's staff" },
        { 'zh-CN': '撰写并执行部门的ISO管理文档', en: "Write and apply the department's ISO management documents" },
        { 'zh-CN': '及时与各地售后服务公司沟通,监督并跟进当地维护公司的工作', en: "Keep in touch with the regional after-sales service companies; monitor and follow up the local maintenance companies' work" },
        { 'zh-CN': '及时汇总客户服务的工作情况,并上报运维部经理', en: 'Summarise the customer service work promptly and report it to the operations manager' },
        { 'zh-CN': '担负与其他部门的日常协调工作', en: 'Handle day-to-day coordination with other departments' },
        { 'zh-CN': '上级布置的其它工作', en: 'Other work assigned by superiors' },
      ],
      qualifications: [
        { 'zh-CN': '大专及以上学历;两年以上相关工作经验', en: 'Associate degree (大专) or above; at least two years of relevant experience' },
        { 'zh-CN': '熟练操作计算机办公应用软件', en: 'Proficient with office software' },
        { 'zh-CN': '具有良好的沟通、协调能力,文字能力', en: 'Good communication, coordination and writing skills' },
      ],
      scorecard: 'ops-department/customer-service-manager',
      provenance: {
        source: SOURCE,
        clause: '客户服务部经理岗位编号DPT-YW-02',
        note: 'The reporting lines and responsibilities follow the header after a page break ("直接上级:运维部经理 直接下级:客户服务代表"); the qualifications are those that lead into this position\'s key responsibilities (客户满意度在95%以上).',
      },
    },
    {
      id: 'customer-service-rep',
      name: { 'zh-CN': '客户服务代表', en: 'Customer service representative' },
      code: 'DPT-YW-03',
      reportsTo: 'customer-service-manager',
      responsibilities: [
        { 'zh-CN': '接听和记录热线电话', en: 'Answer and log hotline calls' },
        { 'zh-CN': '进行投诉的派单和处理的跟踪工作', en: 'Dispatch complaints and track their handling' },
        { 'zh-CN': '建立、完善和及时更新客户档案和客户通讯录', en: 'Build, complete and keep current the customer files and the customer contact list' },
        { 'zh-CN': '受理客户的各种投诉,不定期回访及客户满意度的调查', en: 'Take customer complaints; make occasional follow-up calls and customer satisfaction surveys' },
        { 'zh-CN': '上级布置的其它工作', en: 'Other work assigned by superiors' },
      ],
      qualifications: [
        { 'zh-CN': '大专及以上学历', en: 'Associate degree (大专) or above' },
        { 'zh-CN': '熟练操作计算机办公应用软件', en: 'Proficient with office software' },
        { 'zh-CN': '会流利的普通话,具有良好的客户沟通能力', en: 'Fluent Mandarin; good at communicating with customers' },
      ],
      scorecard: 'ops-department/customer-service-rep',
      provenance: {
        source: SOURCE,
        clause: '客户服务代表岗位编号DPT-YW-03',
        note: 'Qualification 3 ("会流利的普通话") is on a later fragment, before this position\'s key responsibilities (接听和记录客户的24小时电话报修和投诉情况).',
      },
    },
    {
      id: 'tech-support-manager',
      name: { 'zh-CN': '技术支持部经理', en: 'Technical support manager' },
      code: 'DPT-YW-04',
      reportsTo: 'ops-manager',
      undescribedReports: [{ 'zh-CN': '技术工程师', en: 'technical engineer' }],
      responsibilities: [
        { 'zh-CN': '全面负责处理技术支持部各项日常事务', en: "Take overall charge of the technical support sub-department's day-to-day affairs" },
        { 'zh-CN': '合理管理和安排技术支持部副经理及所属员工的工作', en: 'Manage and schedule the work of the deputy manager and the staff' },
        { 'zh-CN': '负责与运维部其它部门的协调工作', en: 'Coordinate with the other sub-departments of the operations department' },
        { 'zh-CN': '负责技术支持部内部培训计划、方案、考核文档的编制', en: "Write the sub-department's internal training plans and programmes and its appraisal documents" },
        { 'zh-CN': '负责检查、考核本部门人员的工作', en: "Check on and appraise the work of the sub-department's staff" },
        { 'zh-CN': '完成公司领导布置的其他工作任务', en: 'Complete other tasks assigned by company leadership' },
      ],
      qualifications: [
        { 'zh-CN': '计算机相关专业大专及以上学历,三年以上技术服务或相关管理工作经验', en: 'Associate degree or above in a computing-related subject; at least three years in technical service or related management' },
        { 'zh-CN': '熟练的计算机操作能力,掌握计算机网络集成、硬件设备、系统软件及各种应用软件的专业知识', en: 'Skilled computer user with professional knowledge of network integration, hardware, system software and application software' },
        { 'zh-CN': '具有很强的沟通协调能力,较好的文字功底', en: 'Strong communication and coordination skills; writes well' },
      ],
      scorecard: 'ops-department/tech-support-manager',
      provenance: {
        source: SOURCE,
        clause: '技术支持部经理岗位编号DPT-YW-04',
        note: 'Responsibilities 4-6 and the qualifications are the fragment that starts "4、负责技术支持部内部培训计划" (placed after the header of DPT-YW-01 on the page): they continue this position\'s list 1-3, while the deputy\'s list continues with "4、协助…".',
      },
    },
    {
      id: 'tech-support-deputy',
      name: { 'zh-CN': '技术支持部副经理', en: 'Deputy technical support manager' },
      code: 'DPT-YW-05',
      reportsTo: 'tech-support-manager',
      undescribedReports: [
        { 'zh-CN': '网络管理工程师', en: 'network administration engineer' },
        { 'zh-CN': '成品验收员', en: 'finished-goods inspector' },
        { 'zh-CN': '故障品验收员', en: 'faulty-goods inspector' },
      ],
      responsibilities: [
        { 'zh-CN': '协助技术支持部经理处理部门各项日常事务', en: "Help the technical support manager with the sub-department's day-to-day affairs" },
        { 'zh-CN': '负责检查督促网管、检验人员的工作', en: 'Check on and press forward the work of the network administrators and inspectors' },
        { 'zh-CN': '负责与其它部门协调的辅助工作', en: 'Assist with coordination with other departments' },
        { 'zh-CN': '协助培训计划、方案、考核文档的编制', en: 'Help write the training plans and programmes and the appraisal documents' },
        { 'zh-CN': '协助检查、考核本部门人员的工作', en: "Help check on and appraise the work of the sub-department's staff" },
      ],
      qualifications: [
        { 'zh-CN': '计算机相关专业大专及以上学历,五年以上技术服务或相关管理工作经验', en: 'Associate degree or above in a computing-related subject; at least five years in technical service or related management' },
        { 'zh-CN': '具有良好的职业道德;很强的沟通协调能力;工作积极主动;乐观向上;有敬业精神;团队合作精神;强烈的责任感;能适应长期出差工作', en: 'Good professional ethics; strong communication and coordination skills; proactive; optimistic; dedicated; a team player; a strong sense of responsibility; able to travel for long periods' },
        { 'zh-CN': '熟练的计算机操作能力,掌握计算机网络集成、硬件设备、系统软件及各种应用软件的专业知识', en: 'Skilled computer user with professional knowledge of network integration, hardware, system software and application software' },
        { 'zh-CN': '较好的文字功底,能够撰写部门技术文档', en: "Writes well; able to write the department's technical documents" },
      ],
      scorecard: 'ops-department/tech-support-deputy',
      provenance: {
        source: SOURCE,
        clause: '技术支持部副经理岗位编号DPT-YW-05',
        note: 'Responsibilities 4-5 and qualifications 1-3 are the fragment that starts "4、协助培训计划"; qualification 4 ("较好的文字功底,能够撰写部门技术文档") leads into this position\'s one surviving key responsibility (协助制订技术支持部工作计划).',
      },
    },
  ],
  sources: [SOURCE],
  provenance: {
    source: SOURCE,
    clause: '运维部岗位职责说明书',
    note: 'Every position gives the same training requirement (培训要求): 公司制度;宽带完美服务联盟规程文件和流程文件. The page repeats all its fragments twice; each fact is kept once.',
  },
};
