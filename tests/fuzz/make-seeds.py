#!/usr/bin/env python3
import os, struct, hashlib, base64
# Writes the seed corpus of every fuzz target (tests/fuzz/corpus/<target>/). The files are
# committed; run this again only to regenerate them. An input that crashed a target is added
# to its corpus by hand (see scripts/fuzz.sh), never generated here.
os.chdir(os.path.dirname(os.path.abspath(__file__)))
root='corpus'
def put(target, name, data):
    d=os.path.join(root,target); os.makedirs(d,exist_ok=True)
    open(os.path.join(d,name),'wb').write(data if isinstance(data,bytes) else data.encode())
COOKIE=0x2112A442
TID=bytes(range(1,13))
def attr(t,v):
    pad=(4-len(v)%4)%4
    return struct.pack('!HH',t,len(v))+v+b'\0'*pad
def msg(typ,attrs,tid=TID):
    body=b''.join(attrs)
    return struct.pack('!HHI',typ,len(body),COOKIE)+tid+body
def xaddr(ip,port):
    a=bytes(int(x) for x in ip.split('.'))
    xa=bytes(b^c for b,c in zip(a,struct.pack('!I',COOKIE)))
    return struct.pack('!BBH',0,1,port^(COOKIE>>16))+xa
def addr(ip,port):
    return struct.pack('!BBH',0,1,port)+bytes(int(x) for x in ip.split('.'))
# STUN
put('stun','binding-success', msg(0x0101,[attr(0x0020,xaddr('203.0.113.5',40000)),attr(0x0001,addr('203.0.113.5',40000)),attr(0x802c,addr('198.51.100.2',3479)),attr(0x802b,addr('198.51.100.1',3478)),attr(0x8022,b'coturn')]))
put('stun','binding-error', msg(0x0111,[attr(0x0009,b'\0\0\x04\x00Bad Request')]))
put('stun','indication-unknown-method', msg(0x009b,[]))
put('stun','not-stun', b'HTTP/1.1 400 Bad Request\r\n\r\n')
# TURN
put('turn','allocate-401', msg(0x0113,[attr(0x0009,b'\0\0\x04\x01Unauthorized'),attr(0x0014,b'example.org'),attr(0x0015,b'f00dcafe'),attr(0x8022,b'coturn')]))
put('turn','allocate-success', msg(0x0103,[attr(0x0016,xaddr('203.0.113.9',50000)),attr(0x0020,xaddr('198.51.100.7',40000)),attr(0x000d,struct.pack('!I',600))]))
put('turn','refresh-success', msg(0x0104,[attr(0x000d,struct.pack('!I',0))]))
put('turn','allocate-438', msg(0x0113,[attr(0x0009,b'\0\0\x04\x26Stale Nonce'),attr(0x0014,b'example.org'),attr(0x0015,b'n2')]))
put('turn','indication-0x009b', msg(0x009b,[],tid=b'\x07'*12))
# SIP
resp=('SIP/2.0 200 OK\r\nVia: SIP/2.0/UDP 192.168.1.5:40000;branch=z9hG4bKabc;received=203.0.113.7;rport=40001\r\n'
      'From: <sip:easyuc-diag@pbx.example.net>;tag=1\r\nTo: <sip:pbx.example.net>;tag=2\r\nCall-ID: abc@192.168.1.5\r\n'
      'CSeq: 1 OPTIONS\r\nContact: <sip:192.168.1.5:40000>\r\nServer: kamailio\r\nContent-Length: 0\r\n\r\n')
put('sip_message','options-200',resp)
put('sip_message','compact-forms','SIP/2.0 404 Not Found\r\nv: SIP/2.0/TCP a;branch=z9hG4bKx, SIP/2.0/UDP b\r\nf: <sip:a>\r\nt: <sip:b>\r\ni: x\r\nl: 3\r\n\r\nabc')
put('sip_message','sipfrag-echo','SIP/2.0 200 OK\r\nVia: SIP/2.0/UDP 192.168.1.5:40000;branch=z9hG4bKabc\r\nCSeq: 1 OPTIONS\r\nCall-ID: x\r\nContent-Type: message/sipfrag\r\nContent-Length: 48\r\n\r\nOPTIONS sip:pbx.example.net SIP/2.0\r\nVia: a\r\n\r\n')
put('sip_message','request','OPTIONS sip:x SIP/2.0\r\nVia: SIP/2.0/UDP h\r\n\r\n')
put('sip_framing','two-messages',resp+'SIP/2.0 100 Trying\r\nl: 5\r\n\r\nhello')
put('sip_framing','huge-length','OPTIONS sip:x SIP/2.0\r\nContent-Length: 9223372036854775807\r\n\r\n')
put('sip_framing','partial','SIP/2.0 200 OK\r\nContent-Length: 10\r\n\r\nabc')
# HTTP
put('http','ok-chunked', b'\x07'+b'HTTP/1.1 200 OK\r\nDate: Sun, 29 Nov 2026 17:00:00 GMT\r\nServer: nginx\r\nContent-Length: 2\r\n\r\nok')
put('http','folded', b'\x00'+b'HTTP/1.0 301 Moved\r\nLocation: /x\r\nX-Long: a\r\n b\r\n\r\n')
put('http','not-http', b'\x03'+b'SSH-2.0-OpenSSH_9.2\r\n')
# WebSocket
key=b'dGhlIHNhbXBsZSBub25jZQ=='
acc=base64.b64encode(hashlib.sha1(key+b'258EAFA5-E914-47DA-95CA-C5AB0DC85B11').digest())
put('websocket','upgrade-101', b'\x00'+b'HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: '+acc+b'\r\nSec-WebSocket-Protocol: sip\r\n\r\n')
put('websocket','upgrade-403', b'\x00'+b'HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n')
def frame(op,payload,fin=True):
    b0=(0x80 if fin else 0)|op
    n=len(payload)
    if n<126: h=struct.pack('!BB',b0,n)
    elif n<=0xffff: h=struct.pack('!BBH',b0,126,n)
    else: h=struct.pack('!BBQ',b0,127,n)
    return h+payload
put('websocket','frames', b'\x01'+frame(9,b'hi')+frame(1,resp[:40].encode(),False)+frame(0,resp[40:].encode())+frame(8,b'\x03\xe8bye'))
put('websocket','frame-16bit', b'\x01'+frame(2,b'x'*300))
put('websocket','frame-64bit-huge', b'\x01'+struct.pack('!BBQ',0x81,127,0x7fffffffffffffff))
# profile
put('profile','minimal','{"schema": 1}')
put('profile','full',open('../../resources/profiles/proxima-easyuc.json').read())
put('profile','credentials','{"schema":1,"pbx":"pbx.example.net","turnCredentials":{"username":"u","password":"p"},"rules":{"rtp":{"first":16384,"last":32768,"samples":4,"reflector":"198.51.100.9"}},"sip":{"port":5060,"reflector":"r.example.net:5060"},"severity":{"pbx.webcti":"advisory"}}')
put('profile','bad-port','{"schema":1,"rules":{"https":{"port":"x"}}}')
# support code: encode like SupportCode::encode (format 1: 15 statuses; format 2: 16)
A='23456789ABCDEFGHJKMNPQRSTUVWXYZ'
def code(st, version=1, n=15):
    v=version
    for i in range(n): v=v*5+st[i]
    data=[0]*8
    for i in range(7,-1,-1): data[i]=v%31; v//=31
    s=sum((i+2)*d for i,d in enumerate(data)); data.append((31-s%31)%31)
    out='EUC'
    for i,d in enumerate(data):
        if i%3==0: out+='-'
        out+=A[d]
    return out
put('supportcode','all-pass',code([0]*15))
put('supportcode','mixed',code([0,1,2,3,4]*3).lower().replace('-',' '))
put('supportcode','bad-check','EUC-7K2-F9Q-4MX')
put('supportcode','v2-all-pass',code([0]*16,2,16))
put('supportcode','v2-mixed',code([0,1,2,3,4]*3+[2],2,16))
# reflector UDP: flags byte (1 = SIP port, 2 = echo port) + datagram
binreq=msg(0x0001,[attr(0x8022,b'easyuc-diag'),attr(0x0000,b'')][:1])
put('reflector_udp','stun-binding-echo-port', b'\x02'+binreq)
opts=('OPTIONS sip:reflector.example.net SIP/2.0\r\nVia: SIP/2.0/UDP 192.168.1.5:40000;branch=z9hG4bKq;rport\r\n'
      'Max-Forwards: 70\r\nFrom: <sip:easyuc-diag@reflector.example.net>;tag=9\r\nTo: <sip:reflector.example.net>\r\n'
      'Call-ID: q@192.168.1.5\r\nCSeq: 1 OPTIONS\r\nContact: <sip:easyuc-diag@192.168.1.5:40000>\r\nContent-Type: text/plain\r\n')
body='.'*300
optsPadded=opts+'Content-Length: %d\r\n\r\n%s'%(len(body),body)
put('reflector_udp','sip-options', b'\x01'+optsPadded.encode())
put('reflector_udp','echo', b'\x02'+b'easyuc-diag echo 0001')
put('reflector_tcp','options-twice', (optsPadded+optsPadded).encode())
put('reflector_tcp','huge-length','OPTIONS sip:x SIP/2.0\r\nContent-Length: 9223372036854775807\r\n\r\n')
# ICMP: byte0 bit0 = IPv6, byte1 = msg_name length, then msg_name, then sock_extended_err + offender
def sin(ip,port): return struct.pack('=H',2)+struct.pack('!H',port)+bytes(int(x) for x in ip.split('.'))+b'\0'*8
def ee(errno,origin,typ,code,info=0): return struct.pack('=IBBBBII',errno,origin,typ,code,0,info,0)
put('icmp','port-unreachable', b'\x00\x10'+sin('203.0.113.10',16384)+ee(111,2,3,3)+sin('203.0.113.10',0))
put('icmp','admin-prohibited', b'\x00\x10'+sin('203.0.113.10',16384)+ee(113,2,3,13)+sin('198.51.100.1',0))
put('icmp','frag-needed', b'\x00\x10'+sin('203.0.113.10',16384)+ee(90,2,3,4,1400)+sin('198.51.100.1',0))
put('icmp','local-eperm', b'\x00\x10'+sin('203.0.113.10',16384)+ee(1,1,0,0))
sin6=struct.pack('=H',10)+struct.pack('!HI',16384,0)+bytes.fromhex('20010db8000000000000000000000010')+struct.pack('=I',0)
put('icmp','icmp6-port-unreachable', b'\x01\x1c'+sin6+ee(111,3,1,4)+sin6)
