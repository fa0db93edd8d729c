/** A copy-paste curl command for a request; the bearer token is left as `$NORCE_TOKEN`. */
export function toCurl(
  method: string,
  url: string,
  headers: Record<string, string>,
  body: string | undefined,
): string {
  const quote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`
  const parts = [`curl -sS -X ${method} ${quote(url)}`]
  for (const [name, value] of Object.entries(headers)) {
    parts.push(
      name === 'authorization'
        ? `-H "authorization: Bearer $NORCE_TOKEN"`
        : `-H ${quote(`${name}: ${value}`)}`,
    )
  }
  if (body !== undefined) parts.push(`--data ${quote(body)}`)
  return parts.join(' ')
}
