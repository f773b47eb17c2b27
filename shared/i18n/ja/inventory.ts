/** Japanese: 業務の棚卸 and its telework fitness. */
export const inventoryJa = {
  inventory: {
    title: '業務の棚卸',
    intro: '担当業務を一つずつ、テレワークでできるかを記録します。「不可」の業務をテレワーク日に計画すると警告が出ます。',
    add: '業務を追加',
    taskTitle: '業務名',
    kind: '種類',
    fitness: 'テレワーク',
    reason: '理由',
    minutes: '標準の時間(分)',
    note: 'メモ',
    save: '業務を保存',
    editShort: '編集',
    edit: '「{{title}}」を編集',
    delete: '「{{title}}」を削除',
    empty: 'まだ業務が登録されていません。',
  },
  fitness: { yes: 'テレワーク可', partial: '一部可', no: '不可' },
  unfitReasons: { personalInfo: '個人情報', counter: '窓口', coreSystem: '基幹システム', paper: '紙資料', other: 'その他' },
} as const;
