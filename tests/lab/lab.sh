#!/usr/bin/env bash
# The easyuc-diag network lab (../../../shared/DESIGN.md §6, tests/lab/README.md):
# a customer network with real servers, built with ip netns + veth on one machine.
#
#   lab.sh up PREFIX                 build the world, start the servers, self-test (healthy)
#   lab.sh down PREFIX               tear everything of PREFIX down (processes, namespaces, files)
#   lab.sh scenario PREFIX NAME      reset to healthy, then apply scenario NAME
#   lab.sh reset PREFIX              back to healthy
#   lab.sh exec PREFIX CMD...        run CMD in the client namespace
#   lab.sh shell [SCENARIO]          up + scenario + interactive shell in the client; down on exit
#   lab.sh selftest PREFIX           re-run the healthy self-test from the client namespace
#   lab.sh rundir PREFIX             print the run directory (profile.json, *-roots.pem, logs)
#   lab.sh list                      list the scenarios
#
# Needs root. Traffic only ever goes between the lab's own namespaces: the client namespace has
# no route anywhere but the lab router, the internet namespace has no link but the router's.
set -Eeuo pipefail

LAB_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
LAB_SELF="$LAB_DIR/lab.sh"
LAB_RUN_BASE=${LAB_RUN_BASE:-$LAB_DIR}
WAIT_TRIES=${LAB_WAIT_TRIES:-100}      # bounded waits: WAIT_TRIES x 0.1 s
PROBE_TIMEOUT=${LAB_PROBE_TIMEOUT:-5}  # seconds, per self-test probe

# ---- addresses (RFC 1918 LAN, RFC 5737 "internet") -----------------------------------------
LAN_PREFIXLEN=24
CLIENT_IP=192.168.77.10
ROUTER_LAN_IP=192.168.77.1
WAN_GW_IP=203.0.113.1     # internet side of the WAN link
WAN_IP1=203.0.113.2       # the router's public address
WAN_IP2=203.0.113.3       # second public address (two-public-ips)
PBX_IP=198.51.100.10
DOMAINS_IP=198.51.100.20
TURN_IP1=198.51.100.30
TURN_IP2=198.51.100.31
DNS_IP=198.51.100.53
REFLECTOR_IP=198.51.100.11  # easyuc-reflector (reflector scenarios only)
# path-loss: two provider routers between the home router and the internet namespace
HOP2_IP=$WAN_GW_IP          # hop 2 takes over the internet side of the WAN link
HOP2_NEXT_IP=192.0.2.1      # hop2 <-> hop3 (192.0.2.0/30, RFC 5737)
HOP3_IP=192.0.2.2
HOP3_NEXT_IP=192.0.2.5      # hop3 <-> internet (192.0.2.4/30)
INET_HOP_IP=192.0.2.6
PATH_PROBE_PORTS=33434:34433  # TtlProbeSocket's UDP destination ports (10 rounds x 30 TTLs + slack)
# IPv6 (RFC 3849 documentation prefix), only in the scenarios that need it (ipv6-silent):
# the lab is IPv4-only otherwise, so every other scenario sees no AAAA record and no route.
CLIENT_IP6=2001:db8:77::10
ROUTER_LAN_IP6=2001:db8:77::1
WAN_IP6=2001:db8:113::2
WAN_GW_IP6=2001:db8:113::1
PBX_IP6=2001:db8:100::10
PBX_NAME=pbx.lab.test
DOMAINS=(nexiop.net neximc.cloud nexivoip.it myproxima.net myproxima.info myproxima.it)
STUN_NAME=global.stun.twilio.com
TURN_NAME=global.turn.twilio.com
TURN_USER=lab
TURN_PASS=labpass
TURN_REALM=lab.test
INTERCEPT_HTTPS_PORT=10443   # the re-signing proxy in the router (tls-intercept)
INTERCEPT_WSS_PORT=17443

# ---- scenarios: name -> one line; each is a function scn_<name with - as _> below ---------
declare -A SCENARIO_DESC=(
  [healthy]="nothing blocked: every server reachable, NAT with one public address"
  [https-drop]="router silently drops TCP/443 to the PBX"
  [webrtc-drop]="router silently drops TCP/7443 to the PBX"
  [webcti-reject]="router refuses TCP/8000 to the PBX (TCP reset)"
  [domain-nxdomain]="DNS answers NXDOMAIN for myproxima.info (and its subdomains)"
  [rtp-prohibited]="router rejects UDP 16384-32768 to the PBX with ICMP admin-prohibited"
  [rtp-drop]="router silently drops UDP 16384-32768 to the PBX"
  [sip-alg]="kernel SIP ALG (nf_conntrack_sip/nf_nat_sip) on for UDP and TCP 5060"
  [mtu-1400]="WAN link MTU 1400, ICMP fragmentation-needed works"
  [rtp-half-blocked]="router rejects UDP 24576-32768 (upper half of RTP) with ICMP admin-prohibited"
  [mtu-blackhole]="WAN link MTU 1400, the router's ICMP fragmentation-needed dropped (black hole)"
  [two-public-ips]="source NAT alternates 203.0.113.2 / 203.0.113.3 per flow"
  [turn-udp-drop]="router drops all UDP to the STUN/TURN servers (TCP and TLS pass)"
  [tls-intercept]="TCP 443/7443 to the PBX and domains re-signed by a proxy; its CA in system store"
  [symmetric-nat]="NAT randomises the source port of every flow (MASQUERADE --random-fully)"
  [all-drop]="router drops everything except DNS (benchmark worst case)"
  [all-silent]="router drops everything, DNS included: no Internet at all"
  [sip-alg-tcp]="kernel SIP ALG on for TCP 5060 only (UDP SIP untouched)"
  [reflector]="easyuc-reflector next to the PBX (198.51.100.11); profile with sip/rtp reflector"
  [reflector-sip-alg]="easyuc-reflector next to the PBX and the kernel SIP ALG on (UDP and TCP 5060)"
  [reflector-rtp-drop]="easyuc-reflector, one socket per port; UDP to the PBX's RTP range dropped"
  [reflector-redirect]="easyuc-reflector, one socket + nftables redirect; UDP to the PBX's RTP range dropped"
  [ipv6-silent]="the PBX name also has an AAAA record; the router silently drops all IPv6"
  [clock-wrong]="the CLI's clock runs 3 days late (faketime); the servers keep the right time"
  [pbx-as-ip]="the profile names the PBX by its IP address ($PBX_IP), not pbx.lab.test"
  [call-clean]="easyuc-reflector (redirect); the CLI adds a 10 s call test (--call-test 10)"
  [call-loss]="as call-clean; the router drops 10 % of the call's packets at random (nft numgen)"
  [call-queue]="as call-clean; the call's packets queue in a 64 kbit/s tbf on the router's uplink"
  [vpn-tunnel]="the client's default route goes through a TUN tunnel to the router (a userspace VPN, socat)"
  [proxy-only]="TCP 443 leaves only through tinyproxy (router, 192.168.77.1:3128; CONNECT to 443 only)"
  [path-loss]="two more routers between the home router and the PBX; every second path probe lost from the second hop on"
)
SCENARIO_ORDER=(healthy https-drop webrtc-drop webcti-reject domain-nxdomain rtp-prohibited
  rtp-drop sip-alg mtu-1400 rtp-half-blocked mtu-blackhole
  two-public-ips turn-udp-drop tls-intercept symmetric-nat all-drop
  sip-alg-tcp reflector reflector-sip-alg reflector-rtp-drop reflector-redirect ipv6-silent
  clock-wrong pbx-as-ip all-silent call-clean call-loss call-queue vpn-tunnel proxy-only path-loss)

# ---- small helpers ---------------------------------------------------------------------------
log() { printf 'lab: %s\n' "$*" >&2; }
die() { printf 'lab: ERROR: %s\n' "$*" >&2; exit 1; }

set_prefix() {
  PREFIX=${1:-}
  [[ $PREFIX =~ ^[a-z][a-z0-9]{0,11}$ ]] ||
    die "bad PREFIX '${PREFIX}': 1-12 characters, [a-z][a-z0-9]*"
  NS_C=$PREFIX-client
  NS_R=$PREFIX-router
  NS_I=$PREFIX-inet
  RUN=$LAB_RUN_BASE/.run-$PREFIX
  NS_H2=$PREFIX-hop2   # path-loss only: routers between the home router and the internet
  NS_H3=$PREFIX-hop3
  NETNS_ETC=/etc/netns/$NS_C
}

C() { ip netns exec "$NS_C" "$@"; }   # client
R() { ip netns exec "$NS_R" "$@"; }   # router
I() { ip netns exec "$NS_I" "$@"; }   # internet
ns_exists() { [ -e "/run/netns/$1" ]; }

# wait_for DESCRIPTION CMD...: retry CMD up to WAIT_TRIES times, 0.1 s apart.
# With WAIT_SERVER=NAME set, give up at once when that server's process has exited.
wait_for() {
  local what=$1 i pid=""
  shift
  [ -n "${WAIT_SERVER:-}" ] && pid=$(cat "$RUN/pids/$WAIT_SERVER.pid" 2>/dev/null)
  for ((i = 0; i < WAIT_TRIES; i++)); do
    if "$@" >/dev/null 2>&1; then return 0; fi
    if [ -n "$pid" ] && ! alive "$pid"; then
      die "$WAIT_SERVER exited while waiting for $what (log: $RUN/log/$WAIT_SERVER.log)"
    fi
    sleep 0.1
  done
  die "timed out after $((WAIT_TRIES / 10)) s waiting for $what"
}

preflight() {
  [ "$(id -u)" -eq 0 ] || die "the lab needs root (network namespaces, iptables)"
  ip netns list >/dev/null 2>&1 || die "'ip netns' is not available"
  local b missing=()
  for b in ip iptables nginx kamailio turnserver dnsmasq openssl ss getent timeout setsid; do
    command -v "$b" >/dev/null 2>&1 || missing+=("$b")
  done
  [ ${#missing[@]} -eq 0 ] || die "missing programs: ${missing[*]} (scripts/install-deps.sh)"
}

# ---- certificates ----------------------------------------------------------------------------
write_openssl_cnf() {
  local cnf=$RUN/certs/openssl.cnf san="DNS:$PBX_NAME,DNS:$TURN_NAME,DNS:$STUN_NAME" d
  for d in "${DOMAINS[@]}"; do san+=",DNS:$d,DNS:*.$d"; done
  cat >"$cnf" <<EOF
[req]
distinguished_name = dn
prompt = no
[dn]
CN = unused
[ca]
basicConstraints = critical,CA:TRUE
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash
[leaf]
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature,keyAgreement
extendedKeyUsage = serverAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
subjectAltName = $san
EOF
}

# make_ca NAME SUBJECT ; make_leaf NAME CA SUBJECT
make_ca() {
  openssl req -x509 -new -config "$RUN/certs/openssl.cnf" -extensions ca \
    -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 7 -subj "$2" \
    -keyout "$RUN/certs/$1.key" -out "$RUN/certs/$1.pem" 2>/dev/null
}
make_leaf() {
  local name=$1 ca=$2 subj=$3 d=$RUN/certs
  openssl req -new -config "$d/openssl.cnf" -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes \
    -subj "$subj" -keyout "$d/$name.key" -out "$d/$name.csr" 2>/dev/null
  openssl x509 -req -in "$d/$name.csr" -CA "$d/$ca.pem" -CAkey "$d/$ca.key" \
    -set_serial "0x$(openssl rand -hex 12)" -days 7 -extfile "$d/openssl.cnf" -extensions leaf \
    -out "$d/$name.pem" 2>/dev/null
  rm -f "$d/$name.csr"
}

make_certs() {
  mkdir -p "$RUN/certs"
  write_openssl_cnf
  make_ca lab-ca "/O=Easy UC Lab/CN=Easy UC Lab Public Root CA"
  make_leaf server lab-ca "/O=Easy UC Lab/CN=$PBX_NAME"
  make_ca corp-ca "/O=Example Corp/CN=Example Corp Internal Root CA"
  make_leaf corp-server corp-ca "/O=Example Corp/CN=$PBX_NAME"
  cp "$RUN/certs/lab-ca.pem" "$RUN/public-roots.pem"
  write_system_roots healthy
}

# The client's "system store": the lab CA, plus the corporate CA when interception is on.
write_system_roots() {
  if [ "$1" = intercept ]; then
    cat "$RUN/certs/lab-ca.pem" "$RUN/certs/corp-ca.pem" >"$RUN/system-roots.pem"
  else
    cp "$RUN/certs/lab-ca.pem" "$RUN/system-roots.pem"
  fi
}

write_profile() {
  cat >"$RUN/profile.json" <<EOF
{
  "schema": 1,
  "name": "Proxima Easy UC (lab)",
  "pbx": "$PBX_NAME",
  "turnCredentials": { "username": "$TURN_USER", "password": "$TURN_PASS" },
  "trust": { "reference": "$RUN/public-roots.pem", "system": "$RUN/system-roots.pem",
             "requireSct": false }
}
EOF
}

# ---- processes -------------------------------------------------------------------------------
# start_server NAME NS CMD...: run CMD in namespace NS in its own session, detached from our
# stdio (so a caller such as ctest is never held by an inherited pipe); logs in $RUN/log.
start_server() {
  local name=$1 ns=$2
  shift 2
  setsid ip netns exec "$ns" "$@" </dev/null >"$RUN/log/$name.log" 2>&1 &
  echo $! >"$RUN/pids/$name.pid"
}

# alive PID: the process exists and is not a zombie waiting for its reaper
alive() {
  local st
  st=$(awk '{print $3}' "/proc/$1/stat" 2>/dev/null) || return 1
  [ -n "$st" ] && [ "$st" != Z ] && [ "$st" != X ]
}

# kill_pids PID...: TERM, bounded wait, then KILL.
kill_pids() {
  local p i left
  [ $# -gt 0 ] || return 0
  kill -TERM "$@" 2>/dev/null || true
  for ((i = 0; i < 30; i++)); do
    left=()
    for p in "$@"; do alive "$p" && left+=("$p"); done
    [ ${#left[@]} -eq 0 ] && return 0
    sleep 0.1
  done
  kill -KILL "${left[@]}" 2>/dev/null || true
  for ((i = 0; i < 20; i++)); do
    left=()
    for p in "$@"; do alive "$p" && left+=("$p"); done
    [ ${#left[@]} -eq 0 ] && return 0
    sleep 0.1
  done
  log "warning: processes still alive after KILL: ${left[*]}"
}

# Every process inside a namespace of this world is ours (servers, shells we opened).
kill_ns_processes() {
  local ns=$1
  ns_exists "$ns" || return 0
  local pids
  mapfile -t pids < <(ip netns pids "$ns" 2>/dev/null)
  kill_pids "${pids[@]}"
}

# kill_server NAME: stop one server we started (by its recorded pid).
kill_server() {
  local f=$RUN/pids/$1.pid p
  [ -f "$f" ] || return 0
  p=$(cat "$f")
  # only if it is still the process we started: its command line names our run directory
  if [ -r "/proc/$p/cmdline" ] && tr '\0' ' ' <"/proc/$p/cmdline" | grep -qF "$RUN"; then
    kill_pids "$p"
  fi
  rm -f "$f"
}

# ---- namespaces ------------------------------------------------------------------------------
ns_sysctls() {
  local ns=$1
  ip netns exec "$ns" sh -c '
    sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
    sysctl -qw net.ipv4.icmp_ratelimit=0            # deterministic ICMP errors (RTP probing)
    sysctl -qw net.ipv4.icmp_msgs_per_sec=100000 2>/dev/null || true
    sysctl -qw net.ipv4.conf.all.rp_filter=0 net.ipv4.conf.default.rp_filter=0
  '
}

create_client() {
  ip netns add "$NS_C"
  ns_sysctls "$NS_C"
  C ip link set lo up
  mkdir -p "$NETNS_ETC"
  printf 'nameserver %s\noptions timeout:2 attempts:2\n' "$DNS_IP" >"$NETNS_ETC/resolv.conf"
  printf '127.0.0.1\tlocalhost\n' >"$NETNS_ETC/hosts"
}

create_inet() {
  ip netns add "$NS_I"
  ns_sysctls "$NS_I"
  I ip link set lo up
  local a
  for a in "$PBX_IP" "$DOMAINS_IP" "$TURN_IP1" "$TURN_IP2" "$DNS_IP"; do
    I ip addr add "$a/32" dev lo
  done
}

# The router is rebuilt from scratch on every reset: fresh links, rules, conntrack table.
create_router() {
  ip netns add "$NS_R"
  ns_sysctls "$NS_R"
  R sysctl -qw net.ipv4.ip_forward=1
  R ip link set lo up
  ip link add lan0 netns "$NS_C" type veth peer name lan0 netns "$NS_R"
  ip link add wan0 netns "$NS_R" type veth peer name wan0 netns "$NS_I"
  R ip addr add "$ROUTER_LAN_IP/$LAN_PREFIXLEN" dev lan0
  R ip addr add "$WAN_IP1/24" dev wan0
  R ip addr add "$WAN_IP2/24" dev wan0
  R ip link set lan0 up
  R ip link set wan0 up
  R ip route add default via "$WAN_GW_IP" dev wan0
  C ip addr add "$CLIENT_IP/$LAN_PREFIXLEN" dev lan0
  C ip link set lan0 up
  C ip route add default via "$ROUTER_LAN_IP" dev lan0
  I ip addr add "$WAN_GW_IP/24" dev wan0
  I ip link set wan0 up
  # a home router: masquerade the LAN behind the public address, forward everything
  R iptables -t nat -A POSTROUTING -o wan0 -j MASQUERADE
}

destroy_router() {
  destroy_hops
  ns_exists "$NS_R" || return 0
  kill_ns_processes "$NS_R"
  rm -f "$RUN"/pids/router-*.pid
  # delete the veth pairs first, synchronously, so their names are free for the next router
  if ns_exists "$NS_C"; then C ip link del lan0 2>/dev/null || true; fi
  if ns_exists "$NS_I"; then I ip link del wan0 2>/dev/null || true; fi
  ip netns del "$NS_R"
  rm -rf "/etc/netns/$NS_R"   # proxy-only gives the router a resolv.conf of its own
}

# path-loss: the internet side of the WAN link moves into hop 2, then hop 3, then the internet
# namespace, each a router of its own (three router hops between the client and the PBX).
H2() { ip netns exec "$NS_H2" "$@"; }
H3() { ip netns exec "$NS_H3" "$@"; }
create_hops() {
  local ns
  for ns in "$NS_H2" "$NS_H3"; do
    ip netns add "$ns"
    ns_sysctls "$ns"
    ip netns exec "$ns" sysctl -qw net.ipv4.ip_forward=1
    ip netns exec "$ns" ip link set lo up
  done
  I ip link set wan0 netns "$NS_H2"
  H2 ip addr add "$HOP2_IP/24" dev wan0
  H2 ip link set wan0 up
  ip link add h23 netns "$NS_H2" type veth peer name h23 netns "$NS_H3"
  ip link add h3i netns "$NS_H3" type veth peer name h3i netns "$NS_I"
  H2 ip addr add "$HOP2_NEXT_IP/30" dev h23
  H3 ip addr add "$HOP3_IP/30" dev h23
  H3 ip addr add "$HOP3_NEXT_IP/30" dev h3i
  I ip addr add "$INET_HOP_IP/30" dev h3i
  H2 ip link set h23 up
  H3 ip link set h23 up
  H3 ip link set h3i up
  I ip link set h3i up
  H2 ip route add default via "$HOP3_IP" dev h23
  H3 ip route add 203.0.113.0/24 via "$HOP2_NEXT_IP" dev h23
  H3 ip route add default via "$INET_HOP_IP" dev h3i
  I ip route add default via "$HOP3_NEXT_IP" dev h3i
}
destroy_hops() {
  local ns
  for ns in "$NS_H2" "$NS_H3"; do
    if ns_exists "$ns"; then kill_ns_processes "$ns"; ip netns del "$ns"; fi
  done
  if ns_exists "$NS_I"; then
    I ip link del h3i 2>/dev/null || true
    I ip route del default 2>/dev/null || true
  fi
}

# ---- servers (all in the internet namespace) -------------------------------------------------
# DNS: dnsmasq, authoritative for every name the profile uses. $1 = names answered NXDOMAIN;
# $2 = "aaaa": the PBX name also has an AAAA record (PBX_IP6).
write_dnsmasq_conf() {
  local nx=" ${1:-} " aaaa=${2:-} d
  {
    echo "no-resolv"
    echo "no-hosts"
    echo "no-poll"
    echo "bind-interfaces"
    echo "listen-address=$DNS_IP"
    echo "port=53"
    echo "user=root"
    echo "pid-file=$RUN/dnsmasq.pid"
    echo "log-facility=-"
    echo "log-queries"
    echo "address=/$PBX_NAME/$PBX_IP"
    [ -z "$aaaa" ] || echo "address=/$PBX_NAME/$PBX_IP6"
    for d in "${DOMAINS[@]}"; do
      if [[ $nx == *" $d "* ]]; then
        echo "address=/$d/"                 # NXDOMAIN for the name and its subdomains
      else
        echo "address=/$d/$DOMAINS_IP"      # the name and every subdomain (wildcard)
      fi
    done
    echo "address=/$STUN_NAME/$TURN_IP1"
    echo "address=/$TURN_NAME/$TURN_IP1"
    echo "address=/#/"       # every other name: NXDOMAIN (the lab internet has nothing else)
  } >"$RUN/dnsmasq.conf"
}

start_dns() {
  write_dnsmasq_conf "${1:-}" "${2:-}"
  echo "${1:-}|${2:-}" >"$RUN/dns-nxdomain"
  start_server dnsmasq "$NS_I" dnsmasq --keep-in-foreground --conf-file="$RUN/dnsmasq.conf"
}

# restart dnsmasq only when the NXDOMAIN list (or the AAAA record) changes
set_dns() {
  local want="${1:-}|${2:-}"
  [ "$(cat "$RUN/dns-nxdomain" 2>/dev/null)" = "$want" ] && return 0
  kill_server dnsmasq
  start_dns "${1:-}" "${2:-}"
  WAIT_SERVER=dnsmasq wait_for "dnsmasq on $DNS_IP:53" port_listening "$NS_I" udp "$DNS_IP" 53
}

write_nginx_conf() {
  local names="" d
  for d in "${DOMAINS[@]}"; do names+=" $d *.$d"; done
  mkdir -p "$RUN/tmp/nginx"
  cat >"$RUN/nginx.conf" <<EOF
# generated by lab.sh: the PBX web server and the six Proxima domains
daemon off;
master_process on;
user root;
worker_processes 1;
pid $RUN/nginx.pid;
error_log $RUN/log/nginx-error.log warn;
events { worker_connections 512; }
http {
  access_log $RUN/log/nginx-access.log;
  client_body_temp_path $RUN/tmp/nginx/body;
  proxy_temp_path $RUN/tmp/nginx/proxy;
  default_type text/plain;
  ssl_protocols TLSv1.2 TLSv1.3;
  ssl_certificate $RUN/certs/server.pem;
  ssl_certificate_key $RUN/certs/server.key;
  server {
    listen $PBX_IP:443 ssl default_server;
    server_name $PBX_NAME;
    location / { return 200 "Proxima PBX (lab)\n"; }
  }
  server {
    listen $PBX_IP:8000 default_server;
    server_name $PBX_NAME;
    location / { return 200 "WebCTI (lab)\n"; }
  }
  server {
    listen $DOMAINS_IP:443 ssl default_server;
    server_name$names;
    location / { return 200 "\$host (lab)\n"; }
  }
}
EOF
}

write_kamailio_conf() {
  cat >"$RUN/kamailio-tls.cfg" <<EOF
[server:default]
method = TLSv1.2+
verify_certificate = no
require_certificate = no
private_key = $RUN/certs/server.key
certificate = $RUN/certs/server.pem

[client:default]
method = TLSv1.2+
verify_certificate = no
require_certificate = no
EOF
  cat >"$RUN/kamailio.cfg" <<EOF
#!KAMAILIO
# generated by lab.sh: the PBX's SIP side. Answers OPTIONS with 200 OK over UDP, TCP and
# secure WebSocket; everything else 405. No registrar, no routing.
debug=2
log_stderror=yes
memdbg=5
memlog=5
fork=yes
children=2
tcp_children=2
auto_aliases=no
enable_tls=yes
tcp_accept_no_cl=yes
listen=udp:$PBX_IP:5060
listen=tcp:$PBX_IP:5060
listen=tls:$PBX_IP:7443
alias="$PBX_NAME"
mpath="/usr/lib/x86_64-linux-gnu/kamailio/modules/:/usr/lib/kamailio/modules/"

loadmodule "tls.so"
loadmodule "sl.so"
loadmodule "pv.so"
loadmodule "textops.so"
loadmodule "xhttp.so"
loadmodule "websocket.so"

modparam("tls", "config", "$RUN/kamailio-tls.cfg")
modparam("websocket", "sub_protocols", 1)

request_route {
    force_rport();
    if (is_method("OPTIONS")) {
        sl_send_reply("200", "OK");
        exit;
    }
    if (is_method("ACK")) {
        exit;
    }
    sl_send_reply("405", "Method Not Allowed");
    exit;
}

event_route[xhttp:request] {
    if (\$Rp == 7443 && \$hdr(Upgrade) =~ "websocket" && \$hdr(Connection) =~ "Upgrade" && \$rm =~ "GET") {
        if (ws_handle_handshake()) {
            exit;
        }
    }
    xhttp_reply("404", "Not Found", "", "");
}
EOF
}

start_servers() {
  mkdir -p "$RUN/kamailio-rt" "$RUN/turn"
  start_dns ""
  write_nginx_conf
  start_server nginx "$NS_I" nginx -p "$RUN" -e "$RUN/log/nginx-startup.log" -c "$RUN/nginx.conf"
  write_kamailio_conf
  start_server kamailio "$NS_I" kamailio -f "$RUN/kamailio.cfg" -P "$RUN/kamailio.pid" \
    -Y "$RUN/kamailio-rt" -DD -E -m 32 -M 8
  start_server turnserver "$NS_I" turnserver -n \
    --listening-ip="$TURN_IP1" --listening-ip="$TURN_IP2" --relay-ip="$TURN_IP1" \
    --listening-port=3478 --tls-listening-port=443 \
    --lt-cred-mech --user="$TURN_USER:$TURN_PASS" --realm="$TURN_REALM" --fingerprint \
    --cert="$RUN/certs/server.pem" --pkey="$RUN/certs/server.key" \
    --min-port=49152 --max-port=49999 --no-cli --no-dtls \
    --userdb="$RUN/turn/turndb" --pidfile="$RUN/turn/turnserver.pid" \
    --log-file=stdout --simple-log
}

# port_listening NS tcp|udp ADDR PORT
port_listening() {
  local flag=-ltnH
  [ "$2" = udp ] && flag=-lunH
  ip netns exec "$1" ss "$flag" "src $3 and sport = :$4" | grep -q .
}

wait_servers() {
  WAIT_SERVER=dnsmasq wait_for "dnsmasq on $DNS_IP:53" port_listening "$NS_I" udp "$DNS_IP" 53
  WAIT_SERVER=nginx wait_for "nginx on $PBX_IP:443" port_listening "$NS_I" tcp "$PBX_IP" 443
  WAIT_SERVER=nginx wait_for "nginx on $PBX_IP:8000" port_listening "$NS_I" tcp "$PBX_IP" 8000
  WAIT_SERVER=nginx wait_for "nginx on $DOMAINS_IP:443" \
    port_listening "$NS_I" tcp "$DOMAINS_IP" 443
  WAIT_SERVER=kamailio wait_for "kamailio on $PBX_IP:5060/udp" \
    port_listening "$NS_I" udp "$PBX_IP" 5060
  WAIT_SERVER=kamailio wait_for "kamailio on $PBX_IP:5060/tcp" \
    port_listening "$NS_I" tcp "$PBX_IP" 5060
  WAIT_SERVER=kamailio wait_for "kamailio on $PBX_IP:7443" \
    port_listening "$NS_I" tcp "$PBX_IP" 7443
  local ip
  for ip in "$TURN_IP1" "$TURN_IP2"; do
    WAIT_SERVER=turnserver wait_for "coturn on $ip:3478/udp" port_listening "$NS_I" udp "$ip" 3478
    WAIT_SERVER=turnserver wait_for "coturn on $ip:3478/tcp" port_listening "$NS_I" tcp "$ip" 3478
    WAIT_SERVER=turnserver wait_for "coturn on $ip:443/tcp" port_listening "$NS_I" tcp "$ip" 443
  done
}

# ---- the interception proxy (router namespace, tls-intercept) --------------------------------
start_intercept_proxy() {
  mkdir -p "$RUN/tmp/intercept"
  cat >"$RUN/intercept.conf" <<EOF
# generated by lab.sh: a TLS-intercepting middlebox. Terminates TLS with a certificate from
# the corporate CA for whatever name the client asked for and re-connects to the real server.
daemon off;
master_process on;
user root;
worker_processes 1;
pid $RUN/intercept.pid;
error_log $RUN/log/intercept-error.log warn;
events { worker_connections 256; }
http {
  access_log $RUN/log/intercept-access.log;
  client_body_temp_path $RUN/tmp/intercept/body;
  proxy_temp_path $RUN/tmp/intercept/proxy;
  ssl_protocols TLSv1.2 TLSv1.3;
  ssl_certificate $RUN/certs/corp-server.pem;
  ssl_certificate_key $RUN/certs/corp-server.key;
  proxy_ssl_server_name on;
  proxy_ssl_name \$ssl_server_name;
  map \$ssl_server_name \$lab_origin {
    $PBX_NAME $PBX_IP;
    default   $DOMAINS_IP;
  }
  server {
    listen $ROUTER_LAN_IP:$INTERCEPT_HTTPS_PORT ssl;
    location / {
      proxy_pass https://\$lab_origin:443;
      proxy_set_header Host \$host;
    }
  }
  server {
    listen $ROUTER_LAN_IP:$INTERCEPT_WSS_PORT ssl;
    location / {
      proxy_pass https://$PBX_IP:7443;
      proxy_http_version 1.1;
      proxy_set_header Host \$host;
      proxy_set_header Upgrade \$http_upgrade;
      proxy_set_header Connection "upgrade";
      proxy_read_timeout 120s;
    }
  }
}
EOF
  start_server router-intercept "$NS_R" nginx -p "$RUN" -e "$RUN/log/intercept-startup.log" \
    -c "$RUN/intercept.conf"
  WAIT_SERVER=router-intercept wait_for "intercepting proxy on $ROUTER_LAN_IP:$INTERCEPT_HTTPS_PORT" \
    port_listening "$NS_R" tcp "$ROUTER_LAN_IP" "$INTERCEPT_HTTPS_PORT"
  WAIT_SERVER=router-intercept wait_for "intercepting proxy on $ROUTER_LAN_IP:$INTERCEPT_WSS_PORT" \
    port_listening "$NS_R" tcp "$ROUTER_LAN_IP" "$INTERCEPT_WSS_PORT"
}

# ---- scenarios: each changes the router or one server, nothing else --------------------------
# (called after a reset, so each starts from the healthy world)
RTP_RANGE=16384:32768
scn_healthy() {
  # the host facts of a plain wired LAN (issue 15): no tunnel, no proxy, the resolver agrees;
  # the path to the PBX: the home router, then the PBX, without loss
  printf '%s\n' '.host.link.type == "ethernet" and .host.link.interface == "lan0"' \
    '.host.vpn.active == false and .host.vpn.error == null' '.host.proxy.kind == "none"' \
    '.host.proxy.tunnels == []' \
    '.host.resolvers == [{"server": "'"$DNS_IP"'", "addresses": ["'"$PBX_IP"'"], "agrees": true, "error": null, "answerMs": .host.resolvers[0].answerMs}]' \
    '(.host.path.hops | length) == 2' '.host.path.reached == true' \
    '.host.path.lossFromTtl == null' '.host.path.hops[0].address == "192.168.77.1"' \
    '.host.path.hops[0].zone == "local"' '[.host.path.hops[].lossPct] == [0, 0]' \
    >"$RUN/expect-json"
}
scn_https_drop() { R iptables -A FORWARD -d "$PBX_IP" -p tcp --dport 443 -j DROP; }
scn_webrtc_drop() { R iptables -A FORWARD -d "$PBX_IP" -p tcp --dport 7443 -j DROP; }
scn_webcti_reject() {
  R iptables -A FORWARD -d "$PBX_IP" -p tcp --dport 8000 -j REJECT --reject-with tcp-reset
}
scn_domain_nxdomain() { set_dns "myproxima.info"; }
scn_rtp_prohibited() {
  R iptables -A FORWARD -d "$PBX_IP" -p udp --dport "$RTP_RANGE" \
    -j REJECT --reject-with icmp-admin-prohibited
}
scn_rtp_drop() { R iptables -A FORWARD -d "$PBX_IP" -p udp --dport "$RTP_RANGE" -j DROP; }
scn_sip_alg() {
  # Since kernel 4.7 conntrack helpers are not assigned automatically: assign "sip" explicitly
  # to SIP flows entering from the LAN (nf_conntrack_sip tracks, nf_nat_sip rewrites payloads).
  modprobe -q nf_conntrack_sip 2>/dev/null || true
  modprobe -q nf_nat_sip 2>/dev/null || true
  R iptables -t raw -A PREROUTING -i lan0 -p udp --dport 5060 -j CT --helper sip
  R iptables -t raw -A PREROUTING -i lan0 -p tcp --dport 5060 -j CT --helper sip
}
scn_mtu_1400() {
  # the WAN link (both ends, like a PPPoE/tunnel link) carries 1400; ICMP is not filtered,
  # so the router answers fragmentation-needed for larger DF packets
  R ip link set wan0 mtu 1400
  I ip link set wan0 mtu 1400
}
scn_rtp_half_blocked() {
  R iptables -A FORWARD -d "$PBX_IP" -p udp --dport 24576:32768 \
    -j REJECT --reject-with icmp-admin-prohibited
}
scn_mtu_blackhole() {
  # as mtu-1400, but the router never tells: its fragmentation-needed errors are dropped, so
  # larger don't-fragment packets vanish without a trace
  scn_mtu_1400
  R iptables -A OUTPUT -p icmp --icmp-type fragmentation-needed -j DROP
}
scn_two_public_ips() {
  # nat/POSTROUTING sees the first packet of each flow only: nth alternates per flow. UDP to
  # the STUN/TURN servers has a counter of its own, so the DNS queries and TCP connections of
  # other checks running at the same time cannot shift it: consecutive STUN flows always
  # leave from different addresses (a check's flows would need 3+ foreign STUN flows slotted
  # between them to all land on one address).
  R iptables -t nat -F POSTROUTING
  R iptables -t nat -A POSTROUTING -o wan0 -p udp -d "$TURN_IP1,$TURN_IP2" \
    -m statistic --mode nth --every 2 --packet 0 -j SNAT --to-source "$WAN_IP1"
  R iptables -t nat -A POSTROUTING -o wan0 -p udp -d "$TURN_IP1,$TURN_IP2" \
    -j SNAT --to-source "$WAN_IP2"
  R iptables -t nat -A POSTROUTING -o wan0 -m statistic --mode nth --every 2 --packet 0 \
    -j SNAT --to-source "$WAN_IP1"
  R iptables -t nat -A POSTROUTING -o wan0 -j SNAT --to-source "$WAN_IP2"
}
scn_turn_udp_drop() {
  R iptables -A FORWARD -d "$TURN_IP1,$TURN_IP2" -p udp -j DROP
}
scn_tls_intercept() {
  start_intercept_proxy
  R iptables -t nat -A PREROUTING -i lan0 -d "$PBX_IP,$DOMAINS_IP" -p tcp --dport 443 \
    -j DNAT --to-destination "$ROUTER_LAN_IP:$INTERCEPT_HTTPS_PORT"
  R iptables -t nat -A PREROUTING -i lan0 -d "$PBX_IP" -p tcp --dport 7443 \
    -j DNAT --to-destination "$ROUTER_LAN_IP:$INTERCEPT_WSS_PORT"
  write_system_roots intercept
}
scn_symmetric_nat() {
  R iptables -t nat -F POSTROUTING
  R iptables -t nat -A POSTROUTING -o wan0 -j MASQUERADE --random-fully
}
scn_all_drop() {
  R iptables -A FORWARD -d "$DNS_IP" -p udp --dport 53 -j ACCEPT
  R iptables -A FORWARD -d "$DNS_IP" -p tcp --dport 53 -j ACCEPT
  R iptables -A FORWARD -s "$DNS_IP" -p udp --sport 53 -j ACCEPT
  R iptables -A FORWARD -s "$DNS_IP" -p tcp --sport 53 -j ACCEPT
  R iptables -P FORWARD DROP
}
scn_all_silent() {
  R iptables -P FORWARD DROP
  # the resolver is named as silent, within its 2 s budget
  printf '%s\n' '.host.resolvers[0].error == "no answer within 2000 ms"' \
    '.host.resolvers[0].addresses == []' >"$RUN/expect-json"
}
scn_sip_alg_tcp() {
  modprobe -q nf_conntrack_sip 2>/dev/null || true
  modprobe -q nf_nat_sip 2>/dev/null || true
  R iptables -t raw -A PREROUTING -i lan0 -p tcp --dport 5060 -j CT --helper sip
}
# The reflector (EASYUC_REFLECTOR: the built binary, given by the ctest driver) on an address of
# its own next to the PBX: SIP on 5060 (UDP+TCP), UDP echo on the whole RTP range. The CLI
# then runs with profile-scenario.json, which names it as sip.reflector and rules.rtp.reflector.
# start_reflector [sockets|redirect]: its settings come from a configuration file, as the
# service reads them; the nftables table of redirect mode is installed in the internet namespace
# by the packaged helper. With EASYUC_REFLECTOR_UNIT (the installed systemd unit:
# scripts/test-packages.sh) the unit's own ExecStartPre and ExecStart arguments run, the lab's
# settings standing in for /etc/easyuc-reflector.conf inside the internet namespace (ip netns
# exec bind-mounts /etc/netns/NS/* over /etc).
start_reflector() {
  local mode=${1:-sockets} bin=${EASYUC_REFLECTOR:-} unit=${EASYUC_REFLECTOR_UNIT:-}
  local conf=$RUN/reflector.conf pre=() args=() last=32768
  I ip addr add "$REFLECTOR_IP/32" dev lo 2>/dev/null || true
  printf 'address = %s\nudp-mode = %s\n' "$REFLECTOR_IP" "$mode" >"$conf"
  if [ -n "$unit" ]; then
    [ -r "$unit" ] || die "EASYUC_REFLECTOR_UNIT: cannot read $unit"
    read -r -a pre <<<"$(sed -n 's/^ExecStartPre=+//p' "$unit")"
    read -r -a args <<<"$(sed -n 's/^ExecStart=//p' "$unit")"
    bin=${args[0]:-}
    args=("${args[@]:1}")
    mkdir -p "/etc/netns/$NS_I"
    cp "$conf" "/etc/netns/$NS_I/easyuc-reflector.conf"
  else
    pre=(env "EASYUC_REFLECTOR=$RUN/easyuc-reflector"
      "$LAB_DIR/../../packaging/linux/easyuc-reflector-nft" start "$conf")
    args=(--config "$conf")
  fi
  [ -x "$bin" ] || die "EASYUC_REFLECTOR must name the built easyuc-reflector binary"
  ln -sf "$(readlink -f "$bin")" "$RUN/easyuc-reflector"   # its command line names $RUN
  [ ${#pre[@]} -eq 0 ] || I "${pre[@]}" || die "the reflector's nftables rules were refused"
  start_server reflector "$NS_I" "$RUN/easyuc-reflector" "${args[@]}"
  WAIT_SERVER=reflector wait_for "reflector on $REFLECTOR_IP:5060/tcp" \
    port_listening "$NS_I" tcp "$REFLECTOR_IP" 5060
  [ "$mode" = redirect ] && last=16384   # one socket on the first port of the range
  WAIT_SERVER=reflector wait_for "reflector echo on $REFLECTOR_IP:$last/udp" \
    port_listening "$NS_I" udp "$REFLECTOR_IP" "$last"
  command -v jq >/dev/null 2>&1 || die "jq is needed to write the reflector profile"
  jq --arg sip "$REFLECTOR_IP:5060" --arg rtp "$REFLECTOR_IP" \
    '.sip.reflector = $sip | .rules.rtp.reflector = $rtp' \
    "$RUN/profile.json" >"$RUN/profile-scenario.json"
}
stop_reflector() {
  kill_server reflector
  if ns_exists "$NS_I" && command -v nft >/dev/null 2>&1; then
    I nft delete table ip easyuc_reflector 2>/dev/null || true
  fi
  rm -rf "/etc/netns/$NS_I"
}
scn_reflector() { start_reflector; }
# IPv6 on the lab links as far as ipv6-silent needs it: client address and default route,
# router on both links (forwarding), the internet's end of the WAN and the PBX's AAAA address.
enable_ipv6() {
  local ns
  for ns in "$NS_C" "$NS_R" "$NS_I"; do
    ip netns exec "$ns" sysctl -qw net.ipv6.conf.all.disable_ipv6=0 \
      net.ipv6.conf.default.disable_ipv6=0 net.ipv6.conf.lo.disable_ipv6=0
  done
  # nodad: usable at once (no duplicate address detection wait on a fresh link)
  C ip -6 addr add "$CLIENT_IP6/64" dev lan0 nodad
  C ip -6 route add default via "$ROUTER_LAN_IP6" dev lan0
  R sysctl -qw net.ipv6.conf.all.forwarding=1
  R ip -6 addr add "$ROUTER_LAN_IP6/64" dev lan0 nodad
  R ip -6 addr add "$WAN_IP6/64" dev wan0 nodad
  R ip -6 route add default via "$WAN_GW_IP6" dev wan0
  I ip -6 addr add "$WAN_GW_IP6/64" dev wan0 nodad
  I ip -6 addr add "$PBX_IP6/128" dev lo
  I ip -6 route add "${CLIENT_IP6%::*}::/64" via "$WAN_IP6" dev wan0
}
# back to the IPv4-only world (disabling IPv6 removes every IPv6 address and route)
disable_ipv6() {
  local ns
  for ns in "$NS_C" "$NS_I"; do
    ns_exists "$ns" || continue
    ip netns exec "$ns" sysctl -qw net.ipv6.conf.all.disable_ipv6=1 \
      net.ipv6.conf.default.disable_ipv6=1 net.ipv6.conf.lo.disable_ipv6=1
  done
}
scn_ipv6_silent() {
  enable_ipv6
  set_dns "" aaaa
  # an IPv6 path that swallows everything: no ICMP, no reset, only silence
  R ip6tables -P FORWARD DROP
  # beside the status table: the evidence must name IPv6 as the silently broken family
  printf '%s\n' "pbx.https silentFamily IPv6" "pbx.webrtc silentFamily IPv6" \
    "pbx.webcti silentFamily IPv6" >"$RUN/expect-evidence"
}
scn_reflector_sip_alg() {
  start_reflector
  scn_sip_alg
}
# The PBX's RTP ports silent, so R5 passes only if the reflector answers on the sampled ports.
scn_reflector_rtp_drop() {
  start_reflector sockets
  scn_rtp_drop
}
scn_reflector_redirect() {
  start_reflector redirect
  scn_rtp_drop
}

# clock-wrong: the CLI (only) runs under libfaketime, 3 days late, so the lab's certificates
# (valid from the moment the world came up) are "not yet valid" for it while every server's
# Date header is right. The ctest driver puts the words of $RUN/cli-wrapper before the CLI.
# Monotonic clocks stay real: Qt's timers and libnice run on them.
scn_clock_wrong() {
  command -v faketime >/dev/null 2>&1 || die "faketime is needed (scripts/install-deps.sh)"
  echo "env FAKETIME_DONT_FAKE_MONOTONIC=1 faketime -f -3d" >"$RUN/cli-wrapper"
}
scn_path_loss() {
  create_hops
  # Loss from hop 2 on: every second path probe entering hop 2 from the home router is dropped
  # before hop 2 routes it, so hop 2's own answers, hop 3's and the PBX's each lose half. One
  # counter per hop (the TTL a probe arrives with says which hop it is for: 1 hop 2, 2 hop 3,
  # more the PBX), so each hop loses exactly every second probe: with about 7 probes per hop
  # (each hop's ICMP budget), random loss would leave a hop without any loss, or without any
  # answer, in a few runs out of a hundred. Only the path probes (their UDP ports, and the
  # Windows build's ICMP echo requests): every requirement keeps its healthy status.
  local ttl proto
  for ttl in "--ttl-eq 1" "--ttl-eq 2" "--ttl-gt 2"; do
    for proto in "-p udp --dport $PATH_PROBE_PORTS" "-p icmp --icmp-type echo-request"; do
      # shellcheck disable=SC2086 # both hold several words on purpose
      H2 iptables -t raw -A PREROUTING -i wan0 $proto -m ttl $ttl \
        -m statistic --mode nth --every 2 --packet 1 -j DROP
    done
  done
  printf '%s\n' '(.host.path.hops | length) == 4' '.host.path.reached == true' \
    '.host.path.lossFromTtl == 2' '.host.path.hops[1].address == "203.0.113.1"' \
    '.host.path.hops[2].address == "192.0.2.2"' '.host.path.hops[3].zone == "pbx"' \
    '[.requirements[] | select(.id == "pbx.rtp" or .id == "media.quality") | .evidence["path.lossFrom"]] == ["2 203.0.113.1", "2 203.0.113.1"]' \
    >"$RUN/expect-json"
}
scn_pbx_as_ip() {
  command -v jq >/dev/null 2>&1 || die "jq is needed to write the scenario profile"
  jq --arg ip "$PBX_IP" '.pbx = $ip' "$RUN/profile.json" >"$RUN/profile-scenario.json"
}

# The call test (issue 14): the CLI runs with $RUN/cli-args appended (the ctest driver reads it)
# and the driver checks the report's callTest block against $RUN/expect-calltest, one jq
# condition a line. The stream goes to the reflector's RTP range at its first port (16384) plus
# half the range (8192): UDP 24576, which no R5 sample uses, so only the call is impaired.
CALL_PORT=24576
start_call_test() {
  start_reflector redirect
  echo "--call-test 10" >"$RUN/cli-args"
  printf '%s\n' '.callTest.ran == true' '.callTest.targetKind == "reflector"' \
    '.callTest.target == "'"$REFLECTOR_IP:$CALL_PORT"'"' '(.callTest.series | length) == 10' \
    '.callTest.packetsSent == 500' '.callTest.mos != null' >"$RUN/expect-calltest"
}
scn_call_clean() {
  start_call_test
  printf '%s\n' '.callTest.mos >= 4.0' '.callTest.lossPct == 0' >>"$RUN/expect-calltest"
}
# Random loss (nftables numgen) on the way to the reflector, for the call's port only.
scn_call_loss() {
  start_call_test
  R nft -f - <<NFT || die "nftables refused the random-loss rule"
table ip callloss {
  chain forward {
    type filter hook forward priority -10; policy accept;
    ip daddr $REFLECTOR_IP udp dport $CALL_PORT numgen random mod 100 < 10 drop
  }
}
NFT
  printf '%s\n' '.callTest.mos < 4.0' '.callTest.lossPct > 3' '.callTest.lossPct < 20' \
    >>"$RUN/expect-calltest"
}
# Queueing delay: a token bucket (tbf; this kernel has no netem) at 64 kbit/s, below the call's
# 80 kbit/s, on the router's uplink, fed only by the call's packets (htb + u32 filter), so every
# other check keeps the full link. The queue grows to its 200 ms latency limit, then drops.
scn_call_queue() {
  start_call_test
  R tc qdisc add dev wan0 root handle 1: htb default 10 r2q 1000 &&
    R tc class add dev wan0 parent 1: classid 1:10 htb rate 1gbit &&
    R tc class add dev wan0 parent 1: classid 1:30 htb rate 1gbit &&
    R tc qdisc add dev wan0 parent 1:30 handle 30: tbf rate 64kbit burst 1600 latency 200ms &&
    R tc filter add dev wan0 parent 1: protocol ip u32 match ip protocol 17 0xff \
      match ip dport "$CALL_PORT" 0xffff flowid 1:30 ||
    die "tc refused the queueing setup (htb, tbf, u32)"
  printf '%s\n' '.callTest.mos < 4.0' '.callTest.rttMs > 100' >>"$RUN/expect-calltest"
}

# vpn-tunnel: a userspace VPN between the client and the router: a TUN device at each end
# (socat; this CI kernel has no ipip/gre/wireguard), its packets carried in UDP over the LAN, and
# the client's default route through it, as a full-tunnel VPN sets it. The report must name
# the tunnel (ARPHRD_NONE: "tun") as the way to the PBX and the STUN server.
scn_vpn_tunnel() {
  command -v socat >/dev/null 2>&1 || die "socat is needed (scripts/install-deps.sh)"
  mkdir -p "$RUN/log" "$RUN/pids"
  # `ip netns exec` execs socat: $! is socat itself (kill_server finds $RUN in its arguments)
  ip netns exec "$NS_R" socat -lf "$RUN/log/router-vpn.log" \
    TUN:10.77.0.1/30,tun-name=euvpn0,iff-up,iff-no-pi \
    "UDP-DATAGRAM:$CLIENT_IP:47000,bind=$ROUTER_LAN_IP:47000" </dev/null >/dev/null 2>&1 &
  echo $! >"$RUN/pids/router-vpn.pid"
  ip netns exec "$NS_C" socat -lf "$RUN/log/client-vpn.log" \
    TUN:10.77.0.2/30,tun-name=euvpn0,iff-up,iff-no-pi \
    "UDP-DATAGRAM:$ROUTER_LAN_IP:47000,bind=$CLIENT_IP:47000" </dev/null >/dev/null 2>&1 &
  echo $! >"$RUN/pids/client-vpn.pid"
  wait_for "the tunnel in the router" R ip link show euvpn0
  wait_for "the tunnel in the client" C ip link show euvpn0
  C ip route replace default via 10.77.0.1 dev euvpn0
  wait_for "DNS through the tunnel" C bash -c "exec 3<>/dev/tcp/$DNS_IP/53"
  # beside the statuses: jq filters over the report that must hold (ctest-driver.sh)
  printf '%s\n' '.host.vpn.active == true' '.host.vpn.interface == "euvpn0"' \
    '.host.vpn.kind == "tun"' '.host.vpn.routedTargets == ["pbx", "stun"]' \
    '.host.link.type == "other" and .host.link.interface == "euvpn0"' \
    '.host.proxy.kind == "none"' \
    '[.host.resolvers[] | select(.error == null and .agrees and .addresses == ["'"$PBX_IP"'"])] | length == 1' \
    >"$RUN/expect-json"
}

# proxy-only: the router refuses TCP 443 from the LAN (reset) and runs tinyproxy on its LAN
# address; the CLI gets https_proxy in its environment (what Qt and the app read). tinyproxy
# allows CONNECT to port 443 only (its ConnectPort), so the PBX's 7443 through it is refused
# (403) while 7443 still goes out directly.
scn_proxy_only() {
  command -v tinyproxy >/dev/null 2>&1 || die "tinyproxy is needed (scripts/install-deps.sh)"
  mkdir -p "/etc/netns/$NS_R" "$RUN/log"
  echo "nameserver $DNS_IP" >"/etc/netns/$NS_R/resolv.conf"
  cat >"$RUN/tinyproxy.conf" <<EOC
Port 3128
Listen $ROUTER_LAN_IP
Timeout 30
MaxClients 50
Allow 192.168.77.0/24
ConnectPort 443
PidFile "$RUN/pids/router-tinyproxy.pid"
LogFile "$RUN/log/tinyproxy.log"
LogLevel Info
EOC
  R tinyproxy -c "$RUN/tinyproxy.conf"
  WAIT_SERVER= wait_for "tinyproxy on $ROUTER_LAN_IP:3128" \
    R bash -c "exec 3<>/dev/tcp/$ROUTER_LAN_IP/3128" 2>/dev/null
  R iptables -A FORWARD -i lan0 -p tcp --dport 443 -j REJECT --reject-with tcp-reset
  echo "env https_proxy=http://$ROUTER_LAN_IP:3128" >"$RUN/cli-wrapper"
  printf '%s\n' '.host.proxy.kind == "manual"' \
    '.host.proxy.address == "'"$ROUTER_LAN_IP"':3128"' \
    '.host.proxyAnswer == "http://'"$ROUTER_LAN_IP"':3128"' \
    '.host.vpn.active == false' \
    '[.host.proxy.tunnels[] | select(.purpose == "pbx.https")][0] | .status == 200 and .tls' \
    '[.host.proxy.tunnels[] | select(.purpose == "pbx.webrtc")][0].status == 403' \
    '[.host.proxy.tunnels[] | select(.purpose == "domain" and .status == 200 and .tls)] | length == 6' \
    >"$RUN/expect-json"
}

reset_world() {
  destroy_router   # and the path-loss hops
  disable_ipv6
  stop_reflector
  kill_server client-vpn   # vpn-tunnel's client end (its router end went with the router)
  rm -f "$RUN/profile-scenario.json" "$RUN/expect-evidence" "$RUN/cli-wrapper" \
    "$RUN/cli-args" "$RUN/expect-calltest" "$RUN/expect-json"
  create_router
  set_dns ""
  write_system_roots healthy
  echo healthy >"$RUN/scenario"
}

apply_scenario() {
  local name=$1 fn
  [ -n "${SCENARIO_DESC[$name]:-}" ] || die "unknown scenario '$name' (lab.sh list)"
  fn=scn_${name//-/_}
  reset_world
  "$fn"
  echo "$name" >"$RUN/scenario"
  log "$PREFIX: scenario $name: ${SCENARIO_DESC[$name]}"
}

# ---- self-test (runs inside the client namespace) --------------------------------------------
# https_get ADDR PORT NAME: TLS with chain + host name verification, then an HTTP GET.
st_https_get() {
  local out
  # -quiet implies -ign_eof: s_client ends when the server closes (Connection: close)
  out=$(printf 'GET / HTTP/1.1\r\nHost: %s\r\nConnection: close\r\n\r\n' "$3" |
    timeout "$PROBE_TIMEOUT" openssl s_client -quiet -connect "$1:$2" \
      -servername "$3" -verify_hostname "$3" -verify_return_error \
      -CAfile "$RUN/public-roots.pem" 2>/dev/null) || true
  [[ $out == "HTTP/1.1 200"* ]]
}
st_http_get() {
  timeout "$PROBE_TIMEOUT" bash -c '
    exec 3<>"/dev/tcp/$1/$2" || exit 1
    printf "GET / HTTP/1.0\r\nHost: %s\r\n\r\n" "$1" >&3
    read -r line <&3 && [[ $line == "HTTP/1.1 200"* ]]' _ "$1" "$2"
}
st_sip_options() {   # TRANSPORT (UDP|TCP|WSS) -> the SIP request text
  local t=$1 host=$CLIENT_IP
  [ "$t" = WSS ] && host=selftest.invalid
  printf 'OPTIONS sip:%s SIP/2.0\r\n' "$PBX_NAME"
  printf 'Via: SIP/2.0/%s %s:5060;branch=z9hG4bK-labselftest%s\r\n' "$t" "$host" "$RANDOM"
  printf 'Max-Forwards: 70\r\nTo: <sip:%s>\r\n' "$PBX_NAME"
  printf 'From: <sip:selftest@lab.invalid>;tag=lab%s\r\n' "$RANDOM"
  printf 'Call-ID: selftest-%s@lab.invalid\r\nCSeq: 1 OPTIONS\r\n' "$RANDOM"
  printf 'Content-Length: 0\r\n\r\n'
}
st_sip_udp() {
  timeout "$PROBE_TIMEOUT" bash -c '
    exec 3<>"/dev/udp/$1/5060" || exit 1
    printf "%s\n" "$2" | dd iflag=fullblock bs=64k count=1 status=none >&3   # one datagram
    r=$(timeout 3 dd bs=64k count=1 status=none <&3)
    [[ $r == "SIP/2.0 200"* ]]' _ "$PBX_IP" "$(st_sip_options UDP)"
}
st_sip_tcp() {
  timeout "$PROBE_TIMEOUT" bash -c '
    exec 3<>"/dev/tcp/$1/5060" || exit 1
    printf "%s\n" "$2" >&3
    read -r -t 3 line <&3 && [[ $line == "SIP/2.0 200"* ]]' _ "$PBX_IP" "$(st_sip_options TCP)"
}
# A masked WebSocket text frame (mask key 0: masking is then the identity) carrying $1.
st_ws_frame() {
  local len=${#1}
  if [ "$len" -lt 126 ]; then
    printf "\\x81\\x$(printf %02x $((0x80 | len)))"
  else
    printf "\\x81\\xfe\\x$(printf %02x $((len >> 8)))\\x$(printf %02x $((len & 255)))"
  fi
  printf '\x00\x00\x00\x00%s' "$1"
}
st_wss_options() {
  {
    printf 'GET / HTTP/1.1\r\nHost: %s:7443\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n' \
      "$PBX_NAME"
    printf 'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n'
    printf 'Sec-WebSocket-Protocol: sip\r\nOrigin: https://%s\r\n\r\n' "$PBX_NAME"
    sleep 0.3
    st_ws_frame "$(st_sip_options WSS)"$'\n'
    sleep 1
  } | timeout "$PROBE_TIMEOUT" openssl s_client -quiet -no_ign_eof -connect "$PBX_IP:7443" \
    -servername "$PBX_NAME" -verify_hostname "$PBX_NAME" -verify_return_error \
    -CAfile "$RUN/public-roots.pem" 2>/dev/null | tr -d '\0' | tr '\r' '\n' >"$RUN/selftest-wss.out"
  grep -q '^HTTP/1.1 101' "$RUN/selftest-wss.out" && grep -aq 'SIP/2.0 200' "$RUN/selftest-wss.out"
}
st_stun_binding() {   # ADDR: a STUN Binding request, expect a Binding success response (0x0101)
  timeout "$PROBE_TIMEOUT" bash -c '
    exec 3<>"/dev/udp/$1/3478" || exit 1
    printf "\x00\x01\x00\x00\x21\x12\xa4\x42labselftest1" >&3
    r=$(timeout 3 dd bs=2048 count=1 <&3 2>/dev/null | od -An -tx1 -N2 | tr -d " \n")
    [ "$r" = 0101 ]' _ "$1"
}
st_tls_handshake() {   # ADDR PORT NAME
  timeout "$PROBE_TIMEOUT" openssl s_client -connect "$1:$2" -servername "$3" \
    -verify_hostname "$3" -verify_return_error -CAfile "$RUN/public-roots.pem" \
    </dev/null >/dev/null 2>&1
}
st_resolves() {   # NAME ADDR
  getent ahostsv4 "$1" | grep -q "^$2 "
}

selftest_in_client() {
  local fails=() d
  st_resolves "$PBX_NAME" "$PBX_IP" || fails+=("DNS $PBX_NAME")
  for d in "${DOMAINS[@]}"; do
    st_resolves "$d" "$DOMAINS_IP" || fails+=("DNS $d")
    st_resolves "www.$d" "$DOMAINS_IP" || fails+=("DNS www.$d")
  done
  st_resolves "$STUN_NAME" "$TURN_IP1" || fails+=("DNS $STUN_NAME")
  st_resolves "$TURN_NAME" "$TURN_IP1" || fails+=("DNS $TURN_NAME")
  st_https_get "$PBX_IP" 443 "$PBX_NAME" || fails+=("HTTPS $PBX_NAME:443")
  st_http_get "$PBX_IP" 8000 || fails+=("HTTP $PBX_IP:8000 (WebCTI)")
  st_wss_options || fails+=("WSS $PBX_NAME:7443 upgrade + SIP OPTIONS")
  st_sip_udp || fails+=("SIP OPTIONS over UDP 5060")
  st_sip_tcp || fails+=("SIP OPTIONS over TCP 5060")
  for d in "${DOMAINS[@]}"; do
    st_https_get "$DOMAINS_IP" 443 "$d" || fails+=("HTTPS $d")
  done
  st_https_get "$DOMAINS_IP" 443 "www.${DOMAINS[0]}" || fails+=("HTTPS www.${DOMAINS[0]}")
  st_stun_binding "$TURN_IP1" || fails+=("STUN $TURN_IP1:3478")
  st_stun_binding "$TURN_IP2" || fails+=("STUN $TURN_IP2:3478")
  st_tls_handshake "$TURN_IP1" 443 "$TURN_NAME" || fails+=("TURN TLS $TURN_IP1:443")
  if [ ${#fails[@]} -gt 0 ]; then
    printf 'lab: self-test FAILED: %s\n' "${fails[@]}" >&2
    return 1
  fi
  log "$PREFIX: self-test passed (DNS, HTTPS 443, WebCTI 8000, WSS+SIP 7443, SIP UDP/TCP 5060," \
    "6 domains, STUN on two addresses, TURN TLS 443)"
}

run_selftest() {
  C env LAB_RUN_BASE="$LAB_RUN_BASE" "$LAB_SELF" _selftest "$PREFIX" || {
    log "server logs are in $RUN/log"
    return 1
  }
}

# ---- commands --------------------------------------------------------------------------------
teardown() {
  local ns
  destroy_hops
  for ns in "$NS_R" "$NS_C" "$NS_I"; do kill_ns_processes "$ns"; done
  if [ -d "$RUN/pids" ]; then
    local f
    for f in "$RUN"/pids/*.pid; do
      [ -e "$f" ] && kill_server "$(basename "$f" .pid)"
    done
  fi
  for ns in "$NS_R" "$NS_C" "$NS_I"; do
    if ns_exists "$ns"; then ip netns del "$ns" || log "warning: could not delete netns $ns"; fi
  done
  rm -rf "$NETNS_ETC" "/etc/netns/$NS_I"
  rmdir /etc/netns 2>/dev/null || true
  rm -rf "$RUN"
}

UP_DONE=0
on_up_exit() {
  local rc=$?
  trap - EXIT INT TERM
  if [ "$UP_DONE" != 1 ] && [ "${LAB_KEEP_ON_FAIL:-0}" = 1 ]; then
    log "$PREFIX: bring-up failed; LAB_KEEP_ON_FAIL=1, leaving it for inspection (lab.sh down $PREFIX)"
  elif [ "$UP_DONE" != 1 ]; then
    log "$PREFIX: bring-up failed or interrupted; tearing down"
    if [ -d "$RUN/log" ]; then
      local f
      for f in "$RUN"/log/*.log; do
        [ -s "$f" ] && { echo "---- $(basename "$f") (last lines)" >&2; tail -n 15 "$f" >&2; }
      done
    fi
    teardown
    [ "$rc" -eq 0 ] && rc=1
  fi
  exit "$rc"
}

cmd_up() {
  preflight
  local ns
  for ns in "$NS_C" "$NS_R" "$NS_I"; do
    ! ns_exists "$ns" || die "namespace $ns already exists (lab.sh down $PREFIX)"
  done
  [ ! -e "$RUN" ] || die "$RUN already exists (lab.sh down $PREFIX)"
  trap on_up_exit EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
  local t0=$SECONDS
  mkdir -p "$RUN/log" "$RUN/pids" "$RUN/tmp" "$RUN/home"
  chmod 700 "$RUN/home"
  make_certs
  write_profile
  create_client
  create_inet
  create_router
  echo healthy >"$RUN/scenario"
  start_servers
  wait_servers
  run_selftest
  UP_DONE=1
  trap - EXIT INT TERM
  log "$PREFIX: world up in $((SECONDS - t0)) s; run dir $RUN; profile $RUN/profile.json"
}

cmd_down() {
  [ "$(id -u)" -eq 0 ] || die "the lab needs root"
  teardown
  log "$PREFIX: down"
}

require_world() {
  ns_exists "$NS_C" && ns_exists "$NS_I" && [ -d "$RUN" ] ||
    die "no lab world '$PREFIX' (lab.sh up $PREFIX)"
}

cmd_shell() {
  local scenario=${1:-healthy}
  set_prefix "sh$(od -An -N3 -tx1 /dev/urandom | tr -d ' \n')"
  [ -n "${SCENARIO_DESC[$scenario]:-}" ] || die "unknown scenario '$scenario'"
  "$LAB_SELF" up "$PREFIX"
  trap '"$LAB_SELF" down "$PREFIX"' EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
  "$LAB_SELF" scenario "$PREFIX" "$scenario"
  log "shell in $NS_C (scenario $scenario); profile: $RUN/profile.json; exit to tear down"
  C env LAB_RUN="$RUN" PS1="[lab $scenario] \\w# " bash --norc -i || true
}

main() {
  local cmd=${1:-help}
  shift || true
  case $cmd in
    up) set_prefix "${1:-}"; cmd_up ;;
    down) set_prefix "${1:-}"; cmd_down ;;
    reset)
      set_prefix "${1:-}"; require_world; reset_world; log "$PREFIX: reset to healthy" ;;
    scenario) set_prefix "${1:-}"; require_world; apply_scenario "${2:-}" ;;
    exec)
      set_prefix "${1:-}"; require_world; shift
      [ $# -gt 0 ] || die "exec: no command"
      C "$@" ;;
    selftest) set_prefix "${1:-}"; require_world; run_selftest ;;
    _selftest) set_prefix "${1:-}"; selftest_in_client ;;
    rundir) set_prefix "${1:-}"; echo "$RUN" ;;
    shell) cmd_shell "$@" ;;
    list)
      local s
      for s in "${SCENARIO_ORDER[@]}"; do printf '%-16s %s\n' "$s" "${SCENARIO_DESC[$s]}"; done ;;
    help | -h | --help) sed -n '2,17p' "$LAB_SELF" | sed 's/^# \{0,1\}//' ;;
    *) die "unknown command '$cmd' (lab.sh help)" ;;
  esac
}

main "$@"
