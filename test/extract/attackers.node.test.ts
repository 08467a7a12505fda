import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attackersNamed } from '../../src/extract/attackers.js';

const names = (text: string) => attackersNamed(text).map((a) => a.name);

test('an attacker named by what they are, with an age in apposition', () => {
  assert.deepEqual(names('Rạng sáng Chủ nhật (12/6), tay súng Omar Mateen, 29 tuổi, công dân Mỹ, xông vào hộp đêm Pulse.'), ['Omar Mateen']);
  assert.deepEqual(names('Nghi phạm, Sayfullo Saipov, 29 tuổi, bước ra khỏi xe.'), ['Sayfullo Saipov']);
});

test('an attacker named as who they turned out to be', () => {
  assert.deepEqual(names('Người phát ngôn cho biết kẻ đánh bom là Abdullah Qalzar Khan, 35 tuổi, người Pakistan.'), ['Abdullah Qalzar Khan']);
  assert.deepEqual(names('Giới chức xác định đó là Ayoub El Khazzani, 25 tuổi, công dân Morocco.'), ['Ayoub El Khazzani']);
  assert.deepEqual(names('Thủ tướng công bố danh tính hai kẻ tấn công là Yassine Labidi và Saber Khachnaoui, đều mang quốc tịch Tunisia.'), ['Yassine Labidi', 'Saber Khachnaoui']);
  assert.deepEqual(names('IS nêu tên kẻ đánh bom là Abu Suleiman al-Muwahhid.'), ['Abu Suleiman al-Muwahhid']);
  assert.deepEqual(names('Nghi phạm bị bắt tại chỗ, được xác định là Adélio Bispo de Oliveira, 40 tuổi.'), ['Adélio Bispo de Oliveira']);
  assert.deepEqual(names('Ứng viên được xác định là Jair Bolsonaro.'), []);
});

test('no attacker: a place after "nghi phạm", a group, a name without what makes it an attacker\'s', () => {
  assert.deepEqual(names('Giới điều tra chú ý tới "tuyên ngôn" của nghi phạm El Paso, 21 tuổi.'), []);
  assert.deepEqual(names('Các tay súng Taliban Pakistan, 20 tuổi, tấn công trường học.'), []);
  assert.deepEqual(names('Linh mục Jacques Hamel, 85 tuổi, bị sát hại.'), []);
  assert.deepEqual(names('Kẻ tấn công hai nhà thờ Hồi giáo ở Christchurch bị kết án.'), []);
});
