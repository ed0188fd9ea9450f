import type { ScorecardInput } from '@kaohe/core';
import { source, weightedSheet } from './common';

/** §3 客户服务代表 (DPT-YW-03): four weighted key responsibilities, rated 0–100, yearly. */
export const customerServiceRep = {
  ...weightedSheet,
  id: 'ops-department/customer-service-rep',
  name: { 'zh-CN': '客户服务代表考核', en: 'Customer service representative' },
  roles: ['customer-service-rep'],
  items: [
    {
      id: 'W1',
      name: { 'zh-CN': '接听和记录24小时电话报修和投诉', en: 'Answer and log 24-hour repair and complaint calls' },
      description: { 'zh-CN': '用语规范、接听及时、记录完整', en: 'proper language, calls answered promptly, complete records' },
      weight: 40,
      rule: { kind: 'rated', min: 0, max: 100 },
      provenance: { source, clause: '接听和记录客户的24小时电话报修和投诉情况 40% 用语规范、接听及时、记录完整' },
    },
    {
      id: 'W2',
      name: { 'zh-CN': '进行维护派单和跟踪督促工作', en: 'Dispatch maintenance and follow up' },
      description: { 'zh-CN': '及时通知相关技术人员进行投诉处理,及时跟踪处理进度。', en: 'notifies the technicians concerned in time to handle complaints, and follows their progress' },
      weight: 30,
      rule: { kind: 'rated', min: 0, max: 100 },
      provenance: { source, clause: '进行维护派单和跟踪督促工作 30% 及时通知相关技术人贝进行投诉处理,及时跟踪处理进度', note: '人贝 is the page’s misprint of 人员' },
    },
    {
      id: 'W3',
      name: { 'zh-CN': '客户资料的建立和完善', en: 'Build and keep customer records' },
      description: { 'zh-CN': '客户资料的完整和准确', en: 'customer records complete and accurate' },
      weight: 20,
      rule: { kind: 'rated', min: 0, max: 100 },
      provenance: { source, clause: '客户资料的建立和完善……20% 客户资料的完整和准确', note: 'the weight and the standard follow a page break' },
    },
    {
      id: 'W4',
      name: { 'zh-CN': '客户调查', en: 'Customer surveys' },
      description: { 'zh-CN': '按照公司和部门的要求及时高效的完成调查', en: 'surveys done promptly and efficiently as the company and the department require' },
      weight: 10,
      rule: { kind: 'rated', min: 0, max: 100 },
      provenance: { source, clause: '客户调查 10% 按照公司和部门的要求及时咼效的完成调查', note: '咼效 is the page’s misprint of 高效' },
    },
  ],
} satisfies ScorecardInput;
