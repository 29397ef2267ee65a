/** Lines of a server's output that are neither the "listening" line nor a JSON log line. */
export function strayLines(output: string): string[] {
  return output
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('Export Ledger listening on '))
    .filter((line) => {
      try {
        JSON.parse(line);
        return false;
      } catch {
        return true;
      }
    });
}
