import type { OrgChartInput } from '@kaohe/core';

const SOURCE = '002_c4e4f0d14bfe3bb4.txt';

// Texts the seed gives, word for word, to more than one position.
const OTHER_WORK = { 'zh-CN': '完成公司领导安排的其他工作', en: 'Other work assigned by company leadership' };
const DEPARTMENT_RULES = {
  'zh-CN': '负责参与编制和完善技术部门的各种规章制度并贯彻执行',
  en: "Help draft and improve the department's rules and see them applied",
};
const PRODUCT_SELECTION = {
  'zh-CN': '参与产品选型及其供方的选择和评审',
  en: 'Take part in selecting products and in choosing and evaluating their suppliers',
};
const SALES_INTERFACE_DELIVERY = {
  'zh-CN': '负责与销售部门的接口工作,按时保质完成工程的实施,并及时汇报工作进展',
  en: 'Act as the interface with sales: deliver projects on time and to standard, and report progress promptly',
};
const COMMERCIAL_INTERFACE_CHANGES = {
  'zh-CN': '负责与商务部门的接口工作,及时完成设备清单调整及变更工作',
  en: 'Act as the interface with the commercial department: adjust and change equipment lists promptly',
};
const IMPLEMENTATION_RULES = {
  'zh-CN': '参与完善工程实施工作制度及考核制度',
  en: 'Help improve the implementation work rules and appraisal rules',
};
const IMPLEMENTATION_KNOWLEDGE = {
  'zh-CN': '参与完善公司工程实施工作技术文件(工程实施知识库)',
  en: 'Help improve the implementation technical documents (implementation knowledge base)',
};
const AFTER_SALES_RULES = {
  'zh-CN': '参与完善售后运维工作制度及考核制度',
  en: 'Help improve the after-sales operations work rules and appraisal rules',
};
const AFTER_SALES_KNOWLEDGE = {
  'zh-CN': '参与完善公司售后运维工作技术文件(售后运维知识库)',
  en: 'Help improve the after-sales operations technical documents (after-sales knowledge base)',
};
const USER_IN_AFTER_SALES = {
  'zh-CN': '负责与用户在售后阶段的沟通协调',
  en: 'Communicate and coordinate with the user during the after-sales phase',
};
const USER_IN_IMPLEMENTATION = {
  'zh-CN': '负责与用户在实施阶段的沟通协调',
  en: 'Communicate and coordinate with the user during implementation',
};
const AFTER_SALES_DOCUMENTS = {
  'zh-CN': '参与售后各类文件的编写及归档工作',
  en: 'Help write and archive the after-sales documents',
};
const TRAINING_ATTENDANCE = { 'zh-CN': '不定期参加公司的技术培训', en: "Attend the company's technical training from time to time" };
const MONTHLY_APPRAISAL = { 'zh-CN': '参与公司月度考核工作', en: "Take part in the company's monthly appraisal" };
const ELABORATE_PLAN_TO_IMPLEMENTATION = {
  'zh-CN': '负责深化实施方案,并与实施组进行工作交接',
  en: 'Elaborate the implementation plan and hand the work over to the implementation group',
};

/**
 * The Technical Department (技术部门) of an IT company, policy V2.0 of April 2014:
 * a technical director over presales, implementation and after-sales groups. Project managers and
 * implementation engineers are drawn from the pool of technical engineers for one project. Texts are
 * the seed's, in simplified Chinese, with the page's word substitutions undone (供给商→供应商, 反应→反馈, 〔〕→()).
 */
export const techDepartment: OrgChartInput = {
  schemaVersion: 1,
  kind: 'orgChart',
  id: 'tech-department',
  name: { 'zh-CN': '技术部门', en: 'Technical Department' },
  description: {
    'zh-CN': '实施经理和售后运维经理为AB角色,除售前工程师外,其他技术工程师由实施经理及售后运维经理共同管理,平时由售后运维经理作为A角色,管理协调所有技术工程师,当A角色不在公司时,由B角色替代A角色进行管理协调;当有新工程需实施时,由实施经理和售后运维经理沟通协商,根据工程情况及技术工程师的能力综合考虑,选定工程经理及实施工程师,分派到工程实施组,由工程实施经理进行直线管理,工程完成后,回归售后运维组管理。售后工程师和驻场运维工程师都统称为技术工程师,工程经理和实施工程师由技术工程师队伍根据工程情况进行抽选。',
    en: 'The implementation manager and the after-sales manager are an A/B pair. Apart from the presales engineers, the technical engineers are managed by both; normally the after-sales manager (A) manages and coordinates all of them, and when A is away from the company, B stands in. For a new project the two agree on a project manager and implementation engineers, chosen by the project and the engineers\' abilities; these join the implementation group under the implementation manager and return to the after-sales group when the project ends. After-sales engineers and on-site engineers are together called technical engineers, the pool from which project managers and implementation engineers are drawn.',
  },
  timeZone: 'Asia/Shanghai',
  functions: [
    { 'zh-CN': '负责公司售前、售中、售后运维等技术工作的管理', en: "Manage the company's technical work: presales, delivery and after-sales operations" },
    { 'zh-CN': '负责公司技术部门制度的完善和管理', en: "Improve and administer the technical department's rules" },
    { 'zh-CN': '负责技术部人员工作的评审和考核', en: 'Review and appraise the work of the technical staff' },
    { 'zh-CN': '负责公司各类技术文件的管理', en: "Manage the company's technical documents" },
    { 'zh-CN': '负责产品的选型及提出技术改造方案', en: 'Select products and propose technical upgrade plans' },
    { 'zh-CN': '负责协助相关部门实施客户服务及处理客户投诉', en: 'Help other departments serve customers and handle customer complaints' },
    { 'zh-CN': '负责及时指导、处理、协调和解决工程出现的技术问题,确保工程的正常进行', en: 'Guide, handle, coordinate and resolve the technical problems of projects promptly, so that projects proceed normally' },
    { 'zh-CN': '配合其他部门解决公司出现的新问题', en: 'Work with other departments on new problems the company meets' },
    { 'zh-CN': '按时完成公司领导交办的其他工作任务', en: 'Complete other tasks assigned by company leadership on time' },
  ],
  roles: [
    {
      id: 'technical-director',
      name: { 'zh-CN': '技术总监', en: 'Technical director' },
      reportsTo: null,
      reportsToExternal: { 'zh-CN': '总经办', en: "general manager's office" },
      responsibilities: [
        { 'zh-CN': '负责组织公司各种规章制度的宣贯和执行', en: "Organise the communication and enforcement of the company's rules" },
        { 'zh-CN': '负责组织编制技术部门的各种规章制度并贯彻执行', en: "Organise the drafting of the department's rules and see them applied" },
        { 'zh-CN': '负责对技术部门各项职责组织实施,并对完成情况进行审核', en: "Organise the carrying out of the department's duties and review how they are fulfilled" },
        { 'zh-CN': '负责技术部门人员的工作考核,员工的招聘、岗位调动和辞退', en: 'Appraise the technical staff; recruit, transfer and dismiss staff' },
        { 'zh-CN': '负责组织完成所有工程的售前、实施、售后运维和监理工作', en: 'Organise presales, implementation, after-sales operations and supervision for all projects' },
        { 'zh-CN': '负责参与公司重大问题的决策', en: 'Take part in decisions on major company matters' },
        PRODUCT_SELECTION,
        { 'zh-CN': '负责对内部方案设计文件、招投标文件、合同文件、工程图纸、工程实施方案、验收文档等文件进行审核或会签', en: 'Review or countersign internal design documents, tender documents, contracts, project drawings, implementation plans, acceptance documents and the like' },
        { 'zh-CN': '参与工程的验收及内部评审', en: 'Take part in project acceptance and internal reviews' },
        { 'zh-CN': '负责技术部门的费用审核和工程奖金分配', en: "Approve the department's expenses and allocate project bonuses" },
        { 'zh-CN': '完成总经办交办的各项工作', en: "Complete the work assigned by the general manager's office" },
      ],
      provenance: {
        source: SOURCE,
        clause: '4.2技术总监职责',
        note: 'Reports to the general manager\'s office by "完成总经办交办的各项工作". Receives an extra 30% of each final project bonus; appraised by no project scheme of its own.',
      },
    },
    {
      id: 'presales-manager',
      name: { 'zh-CN': '售前经理', en: 'Presales manager' },
      reportsTo: 'technical-director',
      responsibilities: [
        DEPARTMENT_RULES,
        { 'zh-CN': '负责完善售前工作制度及考核制度', en: 'Improve the presales work rules and appraisal rules' },
        { 'zh-CN': '负责公司售前工作技术文件(售前知识库)的管理', en: 'Manage the presales technical documents (presales knowledge base)' },
        { 'zh-CN': '负责技术部门的培训工作', en: "Run the department's training" },
        { 'zh-CN': '负责供应商技术交流工作', en: 'Run technical exchanges with suppliers' },
        { 'zh-CN': '负责对售前工作的组织实施,定期汇报进展情况,并对完成情况进行审核', en: 'Organise the presales work, report progress regularly and review its completion' },
        { 'zh-CN': '负责各售前工程师的工作分派及考核,并按时提交售前工程师的月度考核表', en: "Assign and appraise the presales engineers' work and submit their monthly appraisal forms on time" },
        { 'zh-CN': '负责组织完成所有新工程的售前工作', en: 'Organise the presales work of all new projects' },
        { 'zh-CN': '负责与销售部门的接口工作,按时保质完成方案的编写,并及时汇报工作进展', en: 'Act as the interface with sales: write solutions on time and to standard, and report progress promptly' },
        { 'zh-CN': '负责与商务部门的接口工作,及时完成设备清单及询价工作', en: 'Act as the interface with the commercial department: complete equipment lists and price enquiries promptly' },
        ELABORATE_PLAN_TO_IMPLEMENTATION,
        PRODUCT_SELECTION,
        { 'zh-CN': '负责对内部方案设计文件、招投标文件等文件进行归档和审核', en: 'Archive and review internal design documents, tender documents and the like' },
        { 'zh-CN': '参与工程售前工作的内部评审', en: 'Take part in the internal reviews of project presales work' },
        { 'zh-CN': '负责售前工作的费用预算和参与工程售前奖金分配', en: 'Budget the presales expenses and take part in allocating presales project bonuses' },
        { 'zh-CN': '对售前工程师的招聘、调整和辞退有建议权', en: 'Advise on the recruitment, reassignment and dismissal of presales engineers' },
        OTHER_WORK,
      ],
      scorecard: 'tech-department/presales-project',
      provenance: { source: SOURCE, clause: '4.3.1售前经理工作职责' },
    },
    {
      id: 'presales-engineer',
      name: { 'zh-CN': '售前工程师', en: 'Presales engineer' },
      reportsTo: 'presales-manager',
      responsibilities: [
        { 'zh-CN': '参与完善售前工作制度及考核制度', en: 'Help improve the presales work rules and appraisal rules' },
        { 'zh-CN': '参与完善公司售前工作技术文件(售前知识库)', en: 'Help improve the presales technical documents (presales knowledge base)' },
        { 'zh-CN': '按照售前经理安排完成工程的售前工作,并定期汇报进展情况', en: 'Do the presales work of projects as the presales manager assigns, and report progress regularly' },
        { 'zh-CN': '负责了解用户需求、方案演示和技术答疑等工作', en: "Learn the user's requirements, demonstrate solutions and answer technical questions" },
        { 'zh-CN': '负责供应商技术交流工作', en: 'Run technical exchanges with suppliers' },
        { 'zh-CN': '负责参与技术部门培训工作', en: "Take part in the department's training" },
        ELABORATE_PLAN_TO_IMPLEMENTATION,
        { 'zh-CN': '参与工程(自己负责)售前工作的内部评审', en: 'Take part in the internal reviews of the presales work of projects in one\'s own charge' },
        OTHER_WORK,
      ],
      scorecard: 'tech-department/presales-project',
      provenance: { source: SOURCE, clause: '4.3.2售前工程师工作职责' },
    },
    {
      id: 'implementation-manager',
      name: { 'zh-CN': '实施经理', en: 'Implementation manager' },
      reportsTo: 'technical-director',
      responsibilities: [
        DEPARTMENT_RULES,
        { 'zh-CN': '负责完善工程实施工作制度及考核制度', en: 'Improve the implementation work rules and appraisal rules' },
        { 'zh-CN': '负责公司工程实施工作技术文件(工程实施知识库)的管理', en: 'Manage the implementation technical documents (implementation knowledge base)' },
        { 'zh-CN': '参与技术部门的培训工作', en: "Take part in the department's training" },
        { 'zh-CN': '参与供应商技术交流工作', en: 'Take part in technical exchanges with suppliers' },
        { 'zh-CN': '负责对工程的组织实施,定期汇报进展情况,并对完成情况进行审核', en: 'Organise the implementation of projects, report progress regularly and review completion' },
        { 'zh-CN': '负责各工程经理及实施工程师的工作分派及考核,并协助售后运维经理对实施工程师进行月度考核', en: "Assign and appraise the work of project managers and implementation engineers, and help the after-sales manager with the implementation engineers' monthly appraisal" },
        { 'zh-CN': '负责组织完成所有新工程的实施工作', en: 'Organise the implementation of all new projects' },
        SALES_INTERFACE_DELIVERY,
        COMMERCIAL_INTERFACE_CHANGES,
        { 'zh-CN': '参与深化实施方案,并与售前组进行工作交接', en: 'Help elaborate the implementation plan and take the work over from the presales group' },
        PRODUCT_SELECTION,
        { 'zh-CN': '负责对内部实施方案、实施组织方案、培训方案、验收文档等文件进行归档和审核', en: 'Archive and review internal implementation plans, organisation plans, training plans, acceptance documents and the like' },
        { 'zh-CN': '负责工程实施工作的内部评审', en: 'Run the internal reviews of implementation work' },
        { 'zh-CN': '负责与售后运维组的工程交接工作', en: 'Hand projects over to the after-sales operations group' },
        { 'zh-CN': '负责实施工作的费用预算和参与工程实施奖金分配', en: 'Budget the implementation expenses and take part in allocating implementation bonuses' },
        { 'zh-CN': '对工程经理和实施工程师的调整有建议权', en: 'Advise on reassigning project managers and implementation engineers' },
        OTHER_WORK,
      ],
      provenance: {
        source: SOURCE,
        clause: '4.4.1实施经理工作职责',
        note: 'Role B of the A/B pair (3技术组织架构, 注): stands in for the after-sales manager.',
      },
    },
    {
      id: 'project-manager',
      name: { 'zh-CN': '工程经理', en: 'Project manager' },
      reportsTo: 'implementation-manager',
      projectRole: true,
      responsibilities: [
        IMPLEMENTATION_RULES,
        IMPLEMENTATION_KNOWLEDGE,
        { 'zh-CN': '按照实施经理安排完成工程的实施工作,并定期汇报进展情况', en: 'Deliver projects as the implementation manager assigns, and report progress regularly' },
        { 'zh-CN': '负责深化实施方案,并与售前组进行工作交接', en: 'Elaborate the implementation plan and take the work over from the presales group' },
        { 'zh-CN': '负责实施方案、施工组织方案、培训方案、验收文档等文件的编写和审核', en: 'Write and review implementation plans, construction organisation plans, training plans, acceptance documents and the like' },
        USER_IN_IMPLEMENTATION,
        { 'zh-CN': '负责工程实施全过程管理及实施工程师的管理', en: 'Manage the whole implementation process and the implementation engineers' },
        { 'zh-CN': '负责与施工队的沟通协调,并协助商务与施工队签订施工外包合同', en: 'Coordinate with the construction crew and help the commercial department sign the subcontract with it' },
        SALES_INTERFACE_DELIVERY,
        COMMERCIAL_INTERFACE_CHANGES,
        { 'zh-CN': '负责工程所有验收的整理及归档工作', en: "Compile and archive all of the project's acceptance records" },
        { 'zh-CN': '参与工程实施工作的内部评审', en: 'Take part in the internal reviews of implementation work' },
        { 'zh-CN': '对实施工程师的工作调整有建议权', en: 'Advise on reassigning implementation engineers' },
        OTHER_WORK,
      ],
      scorecard: 'tech-department/implementation-project',
      provenance: {
        source: SOURCE,
        clause: '4.4.2工程经理工作职责',
        note: 'Drawn from the technical engineers for one project ("工程经理和实施工程师由技术工程师队伍根据工程情况进行抽选").',
      },
    },
    {
      id: 'implementation-engineer',
      name: { 'zh-CN': '实施工程师', en: 'Implementation engineer' },
      reportsTo: 'project-manager',
      projectRole: true,
      responsibilities: [
        IMPLEMENTATION_RULES,
        IMPLEMENTATION_KNOWLEDGE,
        { 'zh-CN': '按照工程经理安排完成工程的实施工作,并定期汇报进展情况', en: 'Do the implementation work as the project manager assigns, and report progress regularly' },
        { 'zh-CN': '参与深化实施方案', en: 'Help elaborate the implementation plan' },
        { 'zh-CN': '参与实施方案、施工组织方案、培训方案、验收文档等文件的编写', en: 'Help write implementation plans, construction organisation plans, training plans, acceptance documents and the like' },
        USER_IN_IMPLEMENTATION,
        { 'zh-CN': '负责工程实施过程的沟通协调工作', en: 'Handle communication and coordination during implementation' },
        { 'zh-CN': '负责与施工队的沟通协调,并对施工队现场施工进行管理', en: "Coordinate with the construction crew and manage its work on site" },
        { 'zh-CN': '参与工程所有验收的整理及归档工作', en: "Help compile and archive all of the project's acceptance records" },
        OTHER_WORK,
      ],
      scorecard: 'tech-department/implementation-project',
      provenance: {
        source: SOURCE,
        clause: '4.4.3实施工程师工作职责',
        note: 'Drawn from the technical engineers for one project; returns to the after-sales group when it ends.',
      },
    },
    {
      id: 'after-sales-manager',
      name: { 'zh-CN': '售后运维经理', en: 'After-sales operations manager' },
      reportsTo: 'technical-director',
      deputy: 'implementation-manager',
      responsibilities: [
        DEPARTMENT_RULES,
        { 'zh-CN': '负责完善售后运维工作制度及考核制度', en: 'Improve the after-sales operations work rules and appraisal rules' },
        { 'zh-CN': '负责公司售后运维工作技术文件(售后运维知识库)的管理', en: 'Manage the after-sales operations technical documents (after-sales knowledge base)' },
        { 'zh-CN': '参与技术部门的培训工作,并协助售前经理制定培训方案,不定期对技术工程师进行培训', en: 'Take part in the department\'s training, help the presales manager draw up training plans, and train the technical engineers from time to time' },
        { 'zh-CN': '参与供应商技术交流工作', en: 'Take part in technical exchanges with suppliers' },
        { 'zh-CN': '负责对工程的售后运维,定期汇报工作情况,并对完成情况进行审核', en: 'Run the after-sales operations of projects, report regularly and review completion' },
        { 'zh-CN': '负责各售后工程师和运维工程师的工作分派及考核,并按时提交实施工程师的月度考核表', en: "Assign and appraise the work of after-sales and operations engineers, and submit the implementation engineers' monthly appraisal forms on time" },
        { 'zh-CN': '负责组织完成所有新工程的售后运维工作', en: 'Organise the after-sales operations of all new projects' },
        { 'zh-CN': '负责与销售部门的接口工作,将用户的情况及时反馈,协助销售对更换及新购设备进行报价', en: "Act as the interface with sales: pass on the user's situation promptly and help sales quote for replacement and new equipment" },
        { 'zh-CN': '负责与商务部门的接口工作,按照返修及核价流程实施', en: 'Act as the interface with the commercial department, following the repair-return and price-check process' },
        { 'zh-CN': '负责配合售前组的搭建演示环境', en: 'Help the presales group set up demonstration environments' },
        { 'zh-CN': '负责对各种内部售后运维文件进行归档和审核', en: 'Archive and review the internal after-sales operations documents' },
        { 'zh-CN': '负责售后运维工作的内部评审', en: 'Run the internal reviews of after-sales operations work' },
        { 'zh-CN': '负责售后运维工作的费用预算和参与售后运维奖金分配', en: 'Budget the after-sales expenses and take part in allocating after-sales bonuses' },
        { 'zh-CN': '对售后工程师和运维工程师的招聘、调整和辞退有建议权', en: 'Advise on the recruitment, reassignment and dismissal of after-sales and operations engineers' },
        OTHER_WORK,
      ],
      scorecard: 'tech-department/after-sales-project',
      provenance: {
        source: SOURCE,
        clause: '4.5.1售后经理工作职责',
        note: 'Role A of the A/B pair (3技术组织架构, 注): normally manages all technical engineers; the implementation manager (B) stands in when A is absent.',
      },
    },
    {
      id: 'after-sales-engineer',
      name: { 'zh-CN': '售后工程师', en: 'After-sales engineer' },
      reportsTo: 'after-sales-manager',
      responsibilities: [
        AFTER_SALES_RULES,
        AFTER_SALES_KNOWLEDGE,
        { 'zh-CN': '按照售后运维经理安排完成工程的售后运维工作,并及时汇报进展情况', en: 'Do the after-sales operations of projects as the after-sales manager assigns, and report progress promptly' },
        AFTER_SALES_DOCUMENTS,
        USER_IN_AFTER_SALES,
        { 'zh-CN': '参与配合售前组的搭建演示环境', en: 'Help the presales group set up demonstration environments' },
        { 'zh-CN': '参与对各种内部售后运维文件进行归档和审核', en: 'Help archive and review the internal after-sales operations documents' },
        TRAINING_ATTENDANCE,
        MONTHLY_APPRAISAL,
        OTHER_WORK,
      ],
      scorecard: 'tech-department/after-sales-project',
      provenance: {
        source: SOURCE,
        clause: '4.5.2售后工程师(技术工程师)工作职责',
        note: 'A technical engineer: the pool from which project managers and implementation engineers are drawn.',
      },
    },
    {
      id: 'onsite-engineer',
      name: { 'zh-CN': '驻场运维工程师', en: 'On-site operations engineer' },
      reportsTo: 'after-sales-manager',
      responsibilities: [
        AFTER_SALES_RULES,
        AFTER_SALES_KNOWLEDGE,
        { 'zh-CN': '负责正面宣传公司的系统方案和产品', en: "Promote the company's system solutions and products" },
        { 'zh-CN': '按照售后运维经理安排及运维合同要求完成驻场运维工作,并定期汇报进展情况', en: 'Do the on-site operations work as the after-sales manager assigns and the operations contract requires, and report progress regularly' },
        { 'zh-CN': '负责及时反映用户现场的动向', en: "Report developments at the user's site promptly" },
        { 'zh-CN': '负责将用户的情况及时反馈,协助销售对更换及新购设备进行报价', en: "Pass on the user's situation promptly and help sales quote for replacement and new equipment" },
        { 'zh-CN': '负责按照公司制度对设备进行返修及更换', en: 'Return equipment for repair and replace it according to company rules' },
        AFTER_SALES_DOCUMENTS,
        USER_IN_AFTER_SALES,
        TRAINING_ATTENDANCE,
        MONTHLY_APPRAISAL,
        OTHER_WORK,
      ],
      scorecard: 'tech-department/after-sales-project',
      provenance: {
        source: SOURCE,
        clause: '驻场运维工程师(技术工程师)工作职责',
        note: 'A technical engineer: the pool from which project managers and implementation engineers are drawn.',
      },
    },
  ],
  people: [
    { id: 'p-01', name: '总监甲', roles: [{ role: 'technical-director' }] },
    { id: 'p-02', name: '经理甲', roles: [{ role: 'presales-manager' }] },
    { id: 'p-03', name: '经理乙', roles: [{ role: 'implementation-manager' }] },
    { id: 'p-04', name: '经理丙', roles: [{ role: 'after-sales-manager' }] },
    { id: 'p-05', name: '工程师甲', roles: [{ role: 'presales-engineer' }] },
    {
      id: 'p-06',
      name: '工程师乙',
      roles: [{ role: 'after-sales-engineer' }, { role: 'project-manager', project: 'PRJ-2026-001' }],
    },
    {
      id: 'p-07',
      name: '工程师丙',
      roles: [{ role: 'after-sales-engineer' }, { role: 'implementation-engineer', project: 'PRJ-2026-001' }],
    },
    { id: 'p-08', name: '工程师丁', roles: [{ role: 'onsite-engineer' }] },
  ],
  sources: [SOURCE],
  provenance: {
    source: SOURCE,
    clause: '技术部门工作管理和考核制度V2.0 二零一四年四月',
    note: 'The people are illustrative, not from the source.',
  },
};
