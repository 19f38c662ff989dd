// Stand-in until the MSPDI reader lands (branch mspdi).
import { emptyPlan } from '../core/import/table';
import { note, WHOLE_FILE, type ImportedPlan } from '../core/import/types';

export function readMspdi(xml: string, fileName: string, options: { kind?: 'poc' | 'project' }): ImportedPlan {
  void xml;
  const plan = emptyPlan({ format: 'mspdi', file: fileName }, options);
  plan.notes.push(note('error', WHOLE_FILE, 'Microsoft Project XML is not read yet', '暂不支持读取该格式'));
  return plan;
}
