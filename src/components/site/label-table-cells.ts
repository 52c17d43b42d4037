/**
 * Gives every body cell of a table its column's heading in `data-label`, which 长辈模式 shows above
 * the cell once the table is stacked into one block per row (see `.yt-large` tables in global.css).
 * Column spans are followed, so a cell spanning two columns takes its first column's heading.
 * Cells that already carry a label keep it.
 */
export function labelTableCells(table: HTMLTableElement): void {
  const headRow = table.tHead?.rows[0];
  if (!headRow) return;
  const headings: string[] = [];
  for (const cell of headRow.cells) {
    for (let i = 0; i < cell.colSpan; i++) headings.push((cell.textContent ?? '').trim());
  }
  for (const body of table.tBodies) {
    for (const row of body.rows) {
      let column = 0;
      for (const cell of row.cells) {
        const heading = headings[column];
        if (heading && !cell.hasAttribute('data-label')) cell.setAttribute('data-label', heading);
        column += cell.colSpan;
      }
    }
  }
}
