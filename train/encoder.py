#!/usr/bin/env python3
# Fine-tunes bge-small-en-v1.5 (the fp32 ONNX model of its Maven Central jar) to label PolNeAR
# tokens, and writes only what changed: a low-rank adaptation (LoRA) of each weight matrix, the
# biases and layer norms, and a label layer. Run by `./parallax train attribution-encoder`,
# which first writes the word pieces and gold labels of PolNeAR train as the Java tagger cuts
# them, so that training and run time see the same tokens.
#
# Needs Debian's python3-torch, python3-onnx and an optimized BLAS (libopenblas0-pthread: the
# reference BLAS that python3-torch otherwise links is twenty times slower). Deterministic for a
# seed, a thread count and a BLAS build.
import argparse, gzip, json, math, random, struct, time
import numpy as np
import onnx
import torch
import torch.nn as nn
import torch.nn.functional as F
from onnx import numpy_helper

LABELS = 7          # O, B/I source, B/I cue, B/I content (SequenceModel.LABELS)


def base_weights(path):
    w = {t.name: torch.tensor(numpy_helper.to_array(t).copy())
         for t in onnx.load(path).graph.initializer}
    # The exporter named the matrices by number only; per layer they come in graph order:
    # query, key, value, attention output, intermediate, output.
    mats = sorted((n for n in w if n.startswith('onnx::MatMul_')), key=lambda s: int(s.split('_')[-1]))
    return w, [mats[6 * l:6 * l + 6] for l in range(len(mats) // 6)]


class Adapted(nn.Module):
    """x W + b with W frozen and a trainable low-rank change A B (LoRA, Hu et al. 2021)."""

    def __init__(self, w, b, rank, scale):
        super().__init__()
        self.w = nn.Parameter(w, requires_grad=False)
        self.b = nn.Parameter(b.clone())
        self.A = nn.Parameter(torch.randn(w.shape[0], rank) / math.sqrt(w.shape[0]))
        self.B = nn.Parameter(torch.zeros(rank, w.shape[1]))  # starts as the base model
        self.scale = scale

    def forward(self, x):
        return x @ self.w + self.b + (x @ self.A) @ self.B * self.scale


class Norm(nn.Module):
    def __init__(self, w, b):
        super().__init__()
        self.w = nn.Parameter(w.clone())
        self.b = nn.Parameter(b.clone())

    def forward(self, x):
        return F.layer_norm(x, (x.shape[-1],), self.w, self.b, 1e-12)


class Layer(nn.Module):
    def __init__(self, w, mats, l, rank, scale, dropout):
        super().__init__()
        self.dropout = dropout
        p = f'encoder.layer.{l}.'
        m = mats[l]
        self.q = Adapted(w[m[0]], w[p + 'attention.self.query.bias'], rank, scale)
        self.k = Adapted(w[m[1]], w[p + 'attention.self.key.bias'], rank, scale)
        self.v = Adapted(w[m[2]], w[p + 'attention.self.value.bias'], rank, scale)
        self.o = Adapted(w[m[3]], w[p + 'attention.output.dense.bias'], rank, scale)
        self.ln1 = Norm(w[p + 'attention.output.LayerNorm.weight'], w[p + 'attention.output.LayerNorm.bias'])
        self.i = Adapted(w[m[4]], w[p + 'intermediate.dense.bias'], rank, scale)
        self.out = Adapted(w[m[5]], w[p + 'output.dense.bias'], rank, scale)
        self.ln2 = Norm(w[p + 'output.LayerNorm.weight'], w[p + 'output.LayerNorm.bias'])

    def forward(self, x, mask):
        b, t, h = x.shape

        def heads(y):
            return y.view(b, t, 12, 32).transpose(1, 2)
        def drop(y):  # where BERT's own pretraining drops (attention, both residual branches)
            return F.dropout(y, self.dropout, self.training) if self.dropout > 0 else y
        a = drop(torch.softmax(heads(self.q(x)) @ heads(self.k(x)).transpose(-1, -2) / math.sqrt(32) + mask, -1))
        x = self.ln1(x + drop(self.o((a @ heads(self.v(x))).transpose(1, 2).reshape(b, t, h))))
        return self.ln2(x + drop(self.out(F.gelu(self.i(x)))))


class Encoder(nn.Module):
    def __init__(self, w, mats, rank, scale, dropout=0.0):
        super().__init__()
        self.dropout = dropout
        self.we = nn.Parameter(w['embeddings.word_embeddings.weight'], requires_grad=False)
        self.pe = nn.Parameter(w['embeddings.position_embeddings.weight'], requires_grad=False)
        self.te = nn.Parameter(w['embeddings.token_type_embeddings.weight'][0], requires_grad=False)
        self.ln = Norm(w['embeddings.LayerNorm.weight'], w['embeddings.LayerNorm.bias'])
        self.layers = nn.ModuleList(Layer(w, mats, l, rank, scale, dropout) for l in range(len(mats)))
        self.head = nn.Linear(384, LABELS)

    def forward(self, ids, att):
        x = self.ln(self.we[ids] + self.pe[:ids.shape[1]] + self.te)
        if self.dropout > 0:  # at 0, no call, so no draw from the generator: the shipped runs repeat
            x = F.dropout(x, self.dropout, self.training)
        mask = (1.0 - att[:, None, None, :].float()) * -1e4
        for layer in self.layers:
            x = layer(x, mask)
        return self.head(x)


def windows(path):
    """The encoder runs as the Java side cut them (EncoderTagger.windows, the one cutting that
    run time uses too): word pieces with [CLS] and [SEP], each labelled token's position among
    them, and its gold label."""
    out = []
    for line in open(path):
        d = json.loads(line)
        out.append((d['ids'], d['positions'], d['labels']))
    return out


def batches(data, rng, pieces=3000):
    """Runs of alike length, so padding costs little; the batches in a seeded order."""
    order = sorted(range(len(data)), key=lambda i: (len(data[i][0]), i))
    out, cur = [], []
    for i in order:
        if cur and (len(cur) + 1) * len(data[i][0]) > pieces:
            out.append(cur)
            cur = []
        cur.append(i)
    if cur:
        out.append(cur)
    rng.shuffle(out)
    return out


def tensors(data, batch):
    width = max(len(data[i][0]) for i in batch)
    ids = torch.zeros(len(batch), width, dtype=torch.long)
    att = torch.zeros(len(batch), width, dtype=torch.long)
    for r, i in enumerate(batch):
        x = data[i][0]
        ids[r, :len(x)] = torch.tensor(x)
        att[r, :len(x)] = 1
    return ids, att


def write(model, mats, scale, path):
    """The adaptation EncoderTagger.adapt reads, gzip: the low-rank factors as 8-bit integers
    with one scale per row (half the size of half precision, with no measurable change in what
    the tagger reads), everything else in half precision."""
    sd = model.state_dict()
    with gzip.GzipFile(path, 'wb', compresslevel=9, mtime=0) as out:
        def name(s):
            b = s.encode()
            out.write(struct.pack('<H', len(b)))
            out.write(b)

        def values(t):
            out.write(t.detach().numpy().astype('<f2').tobytes())

        def rows8(t):
            a = t.detach().numpy().astype(np.float32)
            scales = np.abs(a).max(axis=1) / 127.0
            scales[scales == 0] = 1.0
            out.write(scales.astype('<f4').tobytes())
            out.write(np.clip(np.rint(a / scales[:, None]), -127, 127).astype('i1').tobytes())
        entries = []
        for l in range(len(mats)):
            p = f'encoder.layer.{l}.'
            m = mats[l]
            for key, mat, bias in [('q', m[0], 'attention.self.query.bias'), ('k', m[1], 'attention.self.key.bias'),
                                   ('v', m[2], 'attention.self.value.bias'), ('o', m[3], 'attention.output.dense.bias'),
                                   ('i', m[4], 'intermediate.dense.bias'), ('out', m[5], 'output.dense.bias')]:
                entries.append((0, mat, sd[f'layers.{l}.{key}.A'], sd[f'layers.{l}.{key}.B']))
                entries.append((1, p + bias, sd[f'layers.{l}.{key}.b']))
            for key, ln in [('ln1', 'attention.output.LayerNorm'), ('ln2', 'output.LayerNorm')]:
                entries.append((1, p + ln + '.weight', sd[f'layers.{l}.{key}.w']))
                entries.append((1, p + ln + '.bias', sd[f'layers.{l}.{key}.b']))
        entries.append((1, 'embeddings.LayerNorm.weight', sd['ln.w']))
        entries.append((1, 'embeddings.LayerNorm.bias', sd['ln.b']))
        out.write(b'PXE2')
        out.write(struct.pack('<fi', scale, len(entries)))
        for e in entries:
            out.write(struct.pack('<b', e[0]))
            name(e[1])
            if e[0] == 0:
                out.write(struct.pack('<iii', e[2].shape[0], e[2].shape[1], e[3].shape[1]))
                rows8(e[2])
                rows8(e[3])
            else:
                out.write(struct.pack('<i', e[2].numel()))
                values(e[2])
        out.write(struct.pack('<ii', LABELS, 384))
        values(sd['head.weight'])
        values(sd['head.bias'])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--base', required=True)
    ap.add_argument('--pieces', required=True)
    ap.add_argument('--out', required=True)
    ap.add_argument('--epochs', type=float, default=3)
    ap.add_argument('--rank', type=int, default=8)
    ap.add_argument('--lr', type=float, default=1e-3)
    ap.add_argument('--seed', type=int, default=20180524)
    ap.add_argument('--cue-weight', type=float, default=1.0,
                    help='weight of the cue labels (B-CUE, I-CUE) in the loss')
    ap.add_argument('--dropout', type=float, default=0.0,
                    help='dropout of attention and hidden states while training (0: none, as the '
                         'shipped adaptations were trained)')
    ap.add_argument('--threads', type=int, default=2)
    ap.add_argument('--keep', action='store_true', help='also save the trained tensors (.pt)')
    a = ap.parse_args()
    torch.set_num_threads(a.threads)
    torch.manual_seed(a.seed)
    rng = random.Random(a.seed)
    w, mats = base_weights(a.base)
    scale = 2.0
    model = Encoder(w, mats, a.rank, scale, a.dropout)
    data = windows(a.pieces)
    params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.AdamW(params, lr=a.lr, weight_decay=0.01)
    steps = int(len(batches(data, random.Random(0))) * a.epochs)
    step, t0 = 0, time.time()
    # Cue tokens are one in twenty of PolNeAR train's, so the plain loss is spent mostly on
    # content and O; a weight above 1 buys the cue labels more of the adaptation.
    weights = None  # at 1, the loss (and the shipped adaptations) as before the option
    if a.cue_weight != 1:
        weights = torch.ones(LABELS)
        weights[3:5] = a.cue_weight
    print(f'windows={len(data)} trainable={sum(p.numel() for p in params)} steps={steps}', flush=True)
    while step < steps:
        for batch in batches(data, rng):
            if step >= steps:
                break
            for g in opt.param_groups:  # warm-up, then linear decay
                g['lr'] = a.lr * min(1.0, step / 100) * (1 - step / steps)
            ids, att = tensors(data, batch)
            logits = model(ids, att)
            rows = torch.cat([logits[r, data[i][1]] for r, i in enumerate(batch)])
            gold = torch.tensor([y for i in batch for y in data[i][2]])
            loss = F.cross_entropy(rows, gold, weight=weights)
            opt.zero_grad()
            loss.backward()
            opt.step()
            step += 1
            if step % 50 == 0:
                print(f'step {step}/{steps} loss {loss.item():.4f} {time.time() - t0:.0f}s', flush=True)
    if a.keep:  # the trained tensors only; the frozen ones are the base model's
        frozen = {n for n, p in model.named_parameters() if not p.requires_grad}
        torch.save({k: v for k, v in model.state_dict().items() if k not in frozen}, a.out + '.pt')
    write(model, mats, scale, a.out)
    print(f'wrote {a.out}', flush=True)


if __name__ == '__main__':
    main()
