// IPv4 CIDR containment, enough for the policy and docs checks (no IPv6 in these networks).

const ipv4 = (address: string) => address.split('.').reduce((sum, part) => sum * 256 + Number(part), 0);

/** Whether `inner` lies entirely inside `outer`. */
export function cidrContains(outer: string, inner: string): boolean {
  const [outerBase = '', outerBits = '32'] = outer.split('/');
  const [innerBase = '', innerBits = '32'] = inner.split('/');
  if (Number(innerBits) < Number(outerBits)) return false;
  const size = 2 ** (32 - Number(outerBits));
  return Math.floor(ipv4(innerBase) / size) === Math.floor(ipv4(outerBase) / size);
}
