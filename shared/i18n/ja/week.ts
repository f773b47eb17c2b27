/** Japanese: the week view and the weekday names. */
export const weekJa = {
  week: {
    title: '週の予定',
    prev: '前の週',
    next: '次の週',
    telework: 'テレワーク',
    blocks: '予定 {{count}}件・{{duration}}',
    blocks_one: '予定 {{count}}件・{{duration}}',
    noPlan: '計画なし',
    pattern: 'テレワークの曜日',
    patternHelp: '毎週テレワークをする曜日。新しい日の勤務形態の初期値になります。',
    savePattern: '曜日を保存',
    open: '{{date}} の計画を開く',
  },
  weekdays: { '0': '日', '1': '月', '2': '火', '3': '水', '4': '木', '5': '金', '6': '土' },
} as const;
