/**
 * Where a folder of staff files comes in: dropped onto the zone, or chosen as files or as a folder.
 * Used by 所属長の確認画面 and by 総務課's 試行の集計; `children` are the view's own buttons beside the choosers.
 */
import { type DragEvent, type ReactNode, useState } from 'react';

export function FileDropZone({ dropText, pickFiles, pickFolder, onFiles, testId, children }: { dropText: string; pickFiles: string; pickFolder: string; onFiles: (files: File[]) => void; testId: string; children?: ReactNode }) {
  const [dragging, setDragging] = useState(false);
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    onFiles([...e.dataTransfer.files]);
  };
  return (
    <div
      className={`drop-zone${dragging ? ' dragging' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
      data-testid={testId}
    >
      <p>{dropText}</p>
      <div className="actions">
        <label className="file-button">
          {pickFiles}
          <input type="file" accept=".json,application/json" multiple onChange={(e) => e.target.files && onFiles([...e.target.files])} />
        </label>
        <label className="file-button">
          {pickFolder}
          <input type="file" multiple {...{ webkitdirectory: '' }} onChange={(e) => e.target.files && onFiles([...e.target.files])} />
        </label>
        {children}
      </div>
    </div>
  );
}
