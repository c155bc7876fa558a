package sshserver

import (
	gossh "golang.org/x/crypto/ssh"
)

// maxEnvPerSession caps "env" requests per session: the ssh library keeps
// every one, so an unbounded stream of them would grow memory without limit.
const maxEnvPerSession = 64

// filteredChannel wraps a new session channel so that its requests pass a
// filter before the ssh library's session handler sees them.
type filteredChannel struct {
	gossh.NewChannel
}

// Accept accepts the channel and filters its requests.
func (f filteredChannel) Accept() (gossh.Channel, <-chan *gossh.Request, error) {
	ch, reqs, err := f.NewChannel.Accept()
	if err != nil {
		return ch, reqs, err
	}
	out := make(chan *gossh.Request)
	go filterRequests(reqs, out)
	return ch, out, nil
}

// filterRequests passes requests on, refusing those a served program has
// no use for: agent and X11 forwarding (the library would say yes to agent
// forwarding it never uses) and env requests past the cap. It ends, closing
// out, when the channel's requests end.
func filterRequests(in <-chan *gossh.Request, out chan<- *gossh.Request) {
	defer close(out)
	env := 0
	for req := range in {
		switch req.Type {
		case "auth-agent-req@openssh.com", "x11-req":
			_ = req.Reply(false, nil)
			continue
		case "env":
			if env++; env > maxEnvPerSession {
				_ = req.Reply(false, nil)
				continue
			}
		}
		out <- req
	}
}
