/** Japanese: the organisation's telework trial (テレワーク試行) from the staff member's side. */
export const trialJa = {
  trial: {
    label: 'テレワーク試行',
    /** Today and the week view: one line. {{count}} is the rule (目標の日数). */
    running: '{{done}}日実施/目標{{count}}日(あと{{remaining}}日・{{end}}まで)',
    running_one: '{{done}}日実施/目標{{count}}日(あと{{remaining}}日・{{end}}まで)',
    met: '{{done}}日実施/目標{{count}}日(目標を達成しました)',
    met_one: '{{done}}日実施/目標{{count}}日(目標を達成しました)',
    notStarted: '{{start}}〜{{end}}・目標{{count}}日',
    notStarted_one: '{{start}}〜{{end}}・目標{{count}}日',
    ended: '{{end}}で終了・{{done}}日実施/目標{{count}}日',
    ended_one: '{{end}}で終了・{{done}}日実施/目標{{count}}日',
    suggested: '候補日: {{date}}',
    planned: '予定のテレワーク{{count}}日で目標に届きます',
    planned_one: '予定のテレワーク{{count}}日で目標に届きます',
    /** The week view: the text on the suggested day (not colour alone). */
    suggestedDay: '試行の候補日',
    /** 前日の準備: when the rule is not yet met. */
    checklistTitle: 'テレワーク試行「{{name}}」',
    checklistNeed: '期間({{end}}まで)に、あと{{count}}日のテレワークが目標です。期間の残りの勤務日は{{daysLeft}}日です。',
    checklistNeed_one: '期間({{end}}まで)に、あと{{count}}日のテレワークが目標です。期間の残りの勤務日は{{daysLeft}}日です。',
    checklistSuggest: '候補日は {{date}} です。その日の計画を開き、勤務形態を在宅勤務・サテライトオフィス勤務・モバイル勤務のいずれかにしてください。',
    checklistPlanned: '予定しているテレワーク{{count}}日を実施すると、目標に届きます。',
    checklistPlanned_one: '予定しているテレワーク{{count}}日を実施すると、目標に届きます。',
    openSuggested: '{{date}} の計画を開く',
    /** The organisation file's import message (カレンダー, 初回設定). */
    imported: 'テレワーク試行「{{name}}」({{period}})を設定しました。',
    /** The file said "trial": null and a trial was set: it is gone from Today, the week view and 前日の準備. */
    removed: 'テレワーク試行「{{name}}」の設定を削除しました。',
  },
} as const;
