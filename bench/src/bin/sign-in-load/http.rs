//! Just enough HTTP/1.1 for the sign-in load test: one request shape (a
//! JSON POST), and a response parser over a byte buffer that both the
//! blocking client (the person, the timing check) and the async one (the
//! flood) fill from their sockets.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// One whole response.
#[derive(Debug, Clone)]
pub struct Reply {
    pub status: u16,
    /// Names in lower case, in the order the server sent them.
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Reply {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    /// The server will close the connection after this response.
    pub fn closes(&self) -> bool {
        self.header("connection")
            .is_some_and(|v| v.eq_ignore_ascii_case("close"))
    }

    pub fn outcome(&self) -> Outcome {
        let body = String::from_utf8_lossy(&self.body);
        match self.status {
            200 => Outcome::SignedIn,
            401 if body.contains("sign_in_failed") => Outcome::Failed,
            429 if body.contains("too_many_attempts") => Outcome::TooMany,
            429 if body.contains("busy") => Outcome::Busy,
            _ => Outcome::Other,
        }
    }
}

/// What a sign-in attempt got back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// 200 with a session.
    SignedIn,
    /// 401 `sign_in_failed`.
    Failed,
    /// 429 `too_many_attempts`: the client's budget (or the account's lock).
    TooMany,
    /// 429 `busy`: the password hasher's queue was full.
    Busy,
    /// Any other answer.
    Other,
    /// No answer: the connection failed or timed out.
    NoAnswer,
}

/// A sign-in request as the app sends it, from `forwarded_for` through the
/// trusted proxy (this machine).
pub fn sign_in_request(
    port: u16,
    forwarded_for: &str,
    username: &str,
    password: &str,
    keep_alive: bool,
) -> Vec<u8> {
    let body = format!(
        "{{\"username\":\"{}\",\"password\":\"{}\"}}",
        json_escape(username),
        json_escape(password)
    );
    post_json(
        port,
        "/api/v1/auth/sign-in",
        forwarded_for,
        &body,
        keep_alive,
    )
}

/// A sign-up request for a new account.
pub fn sign_up_request(port: u16, forwarded_for: &str, username: &str, password: &str) -> Vec<u8> {
    let body = format!(
        "{{\"username\":\"{}\",\"password\":\"{}\"}}",
        json_escape(username),
        json_escape(password)
    );
    post_json(port, "/api/v1/auth/sign-up", forwarded_for, &body, false)
}

fn post_json(port: u16, path: &str, forwarded_for: &str, body: &str, keep_alive: bool) -> Vec<u8> {
    let connection = if keep_alive { "keep-alive" } else { "close" };
    format!(
        "POST {path} HTTP/1.1\r\n\
         Host: 127.0.0.1:{port}\r\n\
         Content-Type: application/json\r\n\
         Content-Length: {}\r\n\
         X-Forwarded-For: {forwarded_for}\r\n\
         Connection: {connection}\r\n\
         \r\n\
         {body}",
        body.len()
    )
    .into_bytes()
}

pub fn get_request(port: u16, path: &str) -> Vec<u8> {
    format!("GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n")
        .into_bytes()
}

fn json_escape(text: &str) -> String {
    text.replace('\\', "\\\\").replace('"', "\\\"")
}

/// Parses one response from the front of `buf`: `Ok(None)` while it is
/// incomplete, otherwise the response and how many bytes it took.
pub fn parse_reply(buf: &[u8]) -> Result<Option<(Reply, usize)>, String> {
    let Some(head_end) = find(buf, b"\r\n\r\n") else {
        return Ok(None);
    };
    let head = std::str::from_utf8(&buf[..head_end]).map_err(|_| "response head is not UTF-8")?;
    let mut lines = head.split("\r\n");
    let status_line = lines.next().unwrap_or_default();
    let status = status_line
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse::<u16>().ok())
        .ok_or_else(|| format!("bad status line: {status_line:?}"))?;
    let headers: Vec<(String, String)> = lines
        .filter_map(|line| line.split_once(':'))
        .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_owned()))
        .collect();
    let value = |name: &str| headers.iter().find(|(n, _)| n == name).map(|(_, v)| v);
    let body_start = head_end + 4;
    let chunked = value("transfer-encoding").is_some_and(|v| v.eq_ignore_ascii_case("chunked"));
    let (body, used) = if chunked {
        match dechunk(&buf[body_start..])? {
            Some((body, n)) => (body, body_start + n),
            None => return Ok(None),
        }
    } else {
        let length = match value("content-length") {
            Some(v) => v
                .parse::<usize>()
                .map_err(|_| format!("bad content-length {v:?}"))?,
            None => 0,
        };
        if buf.len() < body_start + length {
            return Ok(None);
        }
        (
            buf[body_start..body_start + length].to_vec(),
            body_start + length,
        )
    };
    Ok(Some((
        Reply {
            status,
            headers,
            body,
        },
        used,
    )))
}

/// A chunked body: the bytes and how many were read, or `None` if more
/// are needed.
fn dechunk(buf: &[u8]) -> Result<Option<(Vec<u8>, usize)>, String> {
    let mut body = Vec::new();
    let mut at = 0;
    loop {
        let Some(line_end) = find(&buf[at..], b"\r\n") else {
            return Ok(None);
        };
        let size_text = std::str::from_utf8(&buf[at..at + line_end]).map_err(|_| "bad chunk")?;
        let size_text = size_text.split(';').next().unwrap_or_default().trim();
        let size = usize::from_str_radix(size_text, 16)
            .map_err(|_| format!("bad chunk size {size_text:?}"))?;
        at += line_end + 2;
        if size == 0 {
            // No trailers from this server: just the final CRLF.
            return Ok((buf.len() >= at + 2).then(|| (body, at + 2)));
        }
        if buf.len() < at + size + 2 {
            return Ok(None);
        }
        body.extend_from_slice(&buf[at..at + size]);
        at += size + 2;
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

fn invalid(message: String) -> std::io::Error {
    std::io::Error::new(std::io::ErrorKind::InvalidData, message)
}

/// Sends `request` on a new blocking connection and reads the whole
/// response (the person and the timing check: one connection per request).
pub fn exchange_once(port: u16, request: &[u8], timeout: Duration) -> std::io::Result<Reply> {
    let mut stream = TcpStream::connect(("127.0.0.1", port))?;
    stream.set_nodelay(true)?;
    stream.set_read_timeout(Some(timeout))?;
    stream.set_write_timeout(Some(timeout))?;
    stream.write_all(request)?;
    let mut buf = Vec::with_capacity(2048);
    let mut chunk = [0u8; 4096];
    loop {
        if let Some((reply, _)) = parse_reply(&buf).map_err(invalid)? {
            return Ok(reply);
        }
        let n = stream.read(&mut chunk)?;
        if n == 0 {
            return Err(std::io::ErrorKind::UnexpectedEof.into());
        }
        buf.extend_from_slice(&chunk[..n]);
    }
}

/// A kept-alive connection for the flood.
pub struct Connection {
    stream: tokio::net::TcpStream,
    buf: Vec<u8>,
}

impl Connection {
    pub async fn open(port: u16) -> std::io::Result<Connection> {
        let stream = tokio::net::TcpStream::connect(("127.0.0.1", port)).await?;
        stream.set_nodelay(true)?;
        Ok(Connection {
            stream,
            buf: Vec::with_capacity(2048),
        })
    }

    /// Sends one request and reads its whole response.
    pub async fn exchange(&mut self, request: &[u8]) -> std::io::Result<Reply> {
        self.stream.write_all(request).await?;
        let mut chunk = [0u8; 4096];
        loop {
            if let Some((reply, used)) = parse_reply(&self.buf).map_err(invalid)? {
                self.buf.drain(..used);
                return Ok(reply);
            }
            let n = self.stream.read(&mut chunk).await?;
            if n == 0 {
                return Err(std::io::ErrorKind::UnexpectedEof.into());
            }
            self.buf.extend_from_slice(&chunk[..n]);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_response_is_parsed_once_it_is_whole() {
        let text = b"HTTP/1.1 429 Too Many Requests\r\ncontent-type: application/json\r\n\
            Retry-After: 2\r\ncontent-length: 16\r\n\r\n{\"error\":\"busy\"}HTTP/1.1";
        assert!(parse_reply(&text[..40]).unwrap().is_none());
        assert!(parse_reply(&text[..text.len() - 10]).unwrap().is_none());
        let (reply, used) = parse_reply(text).unwrap().unwrap();
        assert_eq!(used, text.len() - 8);
        assert_eq!(reply.status, 429);
        assert_eq!(reply.header("retry-after"), Some("2"));
        assert_eq!(reply.outcome(), Outcome::Busy);
    }

    #[test]
    fn chunked_bodies_are_joined() {
        let text = b"HTTP/1.1 401 Unauthorized\r\ntransfer-encoding: chunked\r\n\r\n\
            9\r\n{\"error\":\r\n10\r\n\"sign_in_failed\"\r\n1\r\n}\r\n0\r\n\r\n";
        let (reply, used) = parse_reply(text).unwrap().unwrap();
        assert_eq!(used, text.len());
        assert_eq!(reply.body, b"{\"error\":\"sign_in_failed\"}");
        assert_eq!(reply.outcome(), Outcome::Failed);
        assert!(parse_reply(&text[..text.len() - 2]).unwrap().is_none());
    }
}
