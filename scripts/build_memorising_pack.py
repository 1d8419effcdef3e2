"""Train the memorising translation model the MT tests use, and write it as a small int8 CTranslate2 fixture.

    .venv/bin/python scripts/build_memorising_pack.py [--steps 1500] [--out tests/fixtures/memorising]

One tiny pre-norm Transformer (D=128, 4 heads, FFN 256, 2+2 layers) learns the zh→en and en→ru sentences of
`tests/argos_packs.CORPUS` by heart (the source language tells the directions apart). ~10% of the decoder input
tokens are replaced at random while training (targets unchanged): without that noise an over-fitted model is
right greedily but wrong at beam 4, because short junk hypotheses finish first. The torch weights go into the
same `TransformerSpec` the random packs use, quantised to int8; the script checks every sentence comes back
exactly through CTranslate2 at beam 1 and 4 before writing. Needs torch, which PressDesk itself does not depend
on: install the CPU build into the venv first (`pip install torch`, CPU wheel). The tests never run this script:
they use the committed fixture.
"""

from __future__ import annotations

import argparse
import math
import shutil
import sys
import tempfile
import time
from pathlib import Path

import ctranslate2
import numpy as np
import sentencepiece as spm

try:
    import torch
    from torch import nn
except ImportError:
    sys.exit("build_memorising_pack.py: this build tool needs torch (pip install torch); the tests do not")

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

import argos_packs  # noqa: E402  (the corpus and spec writer shared with the tests)

D, HEADS, FFN, LAYERS = 128, 4, 256, (2, 2)
EPS = 1e-6
NOISE = 0.1


class Block(nn.Module):
    """A pre-norm layer; `cross` adds encoder-decoder attention (decoder layers)."""

    def __init__(self, cross: bool) -> None:
        super().__init__()
        self.ln_self = nn.LayerNorm(D, eps=EPS)
        self.self_attn = nn.MultiheadAttention(D, HEADS, batch_first=True)
        self.cross = cross
        if cross:
            self.ln_cross = nn.LayerNorm(D, eps=EPS)
            self.cross_attn = nn.MultiheadAttention(D, HEADS, batch_first=True)
        self.ln_ffn = nn.LayerNorm(D, eps=EPS)
        self.ffn_in = nn.Linear(D, FFN)
        self.ffn_out = nn.Linear(FFN, D)

    def forward(self, x: torch.Tensor, pad: torch.Tensor, memory: torch.Tensor | None = None,
                memory_pad: torch.Tensor | None = None, causal: torch.Tensor | None = None) -> torch.Tensor:
        h = self.ln_self(x)
        x = x + self.self_attn(h, h, h, key_padding_mask=pad, attn_mask=causal, need_weights=False)[0]
        if self.cross:
            h = self.ln_cross(x)
            x = x + self.cross_attn(h, memory, memory, key_padding_mask=memory_pad, need_weights=False)[0]
        return x + self.ffn_out(torch.relu(self.ffn_in(self.ln_ffn(x))))


class Seq2Seq(nn.Module):
    def __init__(self, vocab: int) -> None:
        super().__init__()
        self.src_embed = nn.Embedding(vocab, D)
        self.tgt_embed = nn.Embedding(vocab, D)
        self.register_buffer("positions", torch.from_numpy(argos_packs.sinusoids(argos_packs.MAX_POSITIONS, D)))
        self.encoder = nn.ModuleList(Block(False) for _ in range(LAYERS[0]))
        self.decoder = nn.ModuleList(Block(True) for _ in range(LAYERS[1]))
        self.enc_norm = nn.LayerNorm(D, eps=EPS)
        self.dec_norm = nn.LayerNorm(D, eps=EPS)
        self.projection = nn.Linear(D, vocab)
        for emb in (self.src_embed, self.tgt_embed):
            nn.init.normal_(emb.weight, 0.0, D ** -0.5)

    def embed(self, table: nn.Embedding, ids: torch.Tensor) -> torch.Tensor:
        return table(ids) * math.sqrt(D) + self.positions[: ids.shape[1]]

    def forward(self, src: torch.Tensor, tgt_in: torch.Tensor) -> torch.Tensor:
        src_pad, tgt_pad = src == 0, tgt_in == 0
        x = self.embed(self.src_embed, src)
        for layer in self.encoder:
            x = layer(x, src_pad)
        memory = self.enc_norm(x)
        causal = torch.triu(torch.ones(tgt_in.shape[1], tgt_in.shape[1], dtype=torch.bool), diagonal=1)
        y = self.embed(self.tgt_embed, tgt_in)
        for layer in self.decoder:
            y = layer(y, tgt_pad, memory, src_pad, causal)
        return self.projection(self.dec_norm(y))


def _np(t: torch.Tensor) -> np.ndarray:
    return t.detach().cpu().numpy().astype(np.float32)


def spec_weights(model: Seq2Seq) -> dict[str, np.ndarray]:
    """The torch weights under the spec names of `argos_packs.weight_names` (nn.Linear is [out, in] as in CT2)."""
    w: dict[str, np.ndarray] = {
        "encoder.embeddings.0.weight": _np(model.src_embed.weight),
        "encoder.position_encodings.encodings": _np(model.positions),
        "encoder.layer_norm.gamma": _np(model.enc_norm.weight), "encoder.layer_norm.beta": _np(model.enc_norm.bias),
        "decoder.embeddings.weight": _np(model.tgt_embed.weight),
        "decoder.position_encodings.encodings": _np(model.positions),
        "decoder.layer_norm.gamma": _np(model.dec_norm.weight), "decoder.layer_norm.beta": _np(model.dec_norm.bias),
        "decoder.projection.weight": _np(model.projection.weight),
        "decoder.projection.bias": _np(model.projection.bias),
    }

    def ln(prefix: str, norm: nn.LayerNorm) -> None:
        w[prefix + "layer_norm.gamma"], w[prefix + "layer_norm.beta"] = _np(norm.weight), _np(norm.bias)

    def ffn(prefix: str, block: Block) -> None:
        ln(prefix, block.ln_ffn)
        w[prefix + "linear_0.weight"], w[prefix + "linear_0.bias"] = _np(block.ffn_in.weight), _np(block.ffn_in.bias)
        w[prefix + "linear_1.weight"], w[prefix + "linear_1.bias"] = _np(block.ffn_out.weight), _np(
            block.ffn_out.bias)

    for i, block in enumerate(model.encoder):
        p = f"encoder.layer.{i}."
        ln(p + "self_attention.", block.ln_self)
        w[p + "self_attention.linear.0.weight"] = _np(block.self_attn.in_proj_weight)
        w[p + "self_attention.linear.0.bias"] = _np(block.self_attn.in_proj_bias)
        w[p + "self_attention.linear.1.weight"] = _np(block.self_attn.out_proj.weight)
        w[p + "self_attention.linear.1.bias"] = _np(block.self_attn.out_proj.bias)
        ffn(p + "ffn.", block)
    for i, block in enumerate(model.decoder):
        p = f"decoder.layer.{i}."
        ln(p + "self_attention.", block.ln_self)
        w[p + "self_attention.linear.0.weight"] = _np(block.self_attn.in_proj_weight)
        w[p + "self_attention.linear.0.bias"] = _np(block.self_attn.in_proj_bias)
        w[p + "self_attention.linear.1.weight"] = _np(block.self_attn.out_proj.weight)
        w[p + "self_attention.linear.1.bias"] = _np(block.self_attn.out_proj.bias)
        ln(p + "attention.", block.ln_cross)
        qkv, bias = _np(block.cross_attn.in_proj_weight), _np(block.cross_attn.in_proj_bias)
        w[p + "attention.linear.0.weight"], w[p + "attention.linear.0.bias"] = qkv[:D], bias[:D]
        w[p + "attention.linear.1.weight"], w[p + "attention.linear.1.bias"] = qkv[D:], bias[D:]
        w[p + "attention.linear.2.weight"] = _np(block.cross_attn.out_proj.weight)
        w[p + "attention.linear.2.bias"] = _np(block.cross_attn.out_proj.bias)
        ffn(p + "ffn.", block)
    return w


def training_data(sp: spm.SentencePieceProcessor) -> tuple[list[tuple[str, str]], torch.Tensor, torch.Tensor,
                                                             torch.Tensor]:
    pairs = [pair for src, tgt in argos_packs.MEMORISING_PAIRS for pair in argos_packs.pairs_of(src, tgt)]
    src_ids = [sp.encode(s) for s, _ in pairs]
    tgt_ids = [sp.encode(t) for _, t in pairs]
    bos, eos = sp.bos_id(), sp.eos_id()
    s_len = max(map(len, src_ids))
    t_len = max(map(len, tgt_ids)) + 1
    src = torch.zeros(len(pairs), s_len, dtype=torch.long)
    tgt_in = torch.zeros(len(pairs), t_len, dtype=torch.long)
    tgt_out = torch.zeros(len(pairs), t_len, dtype=torch.long)
    for i, (s, t) in enumerate(zip(src_ids, tgt_ids, strict=True)):
        src[i, : len(s)] = torch.tensor(s)
        tgt_in[i, : len(t) + 1] = torch.tensor([bos, *t])
        tgt_out[i, : len(t) + 1] = torch.tensor([*t, eos])
    return pairs, src, tgt_in, tgt_out


def check(model_dir: Path, sp_model: Path, pairs: list[tuple[str, str]]) -> int:
    """How many sentences come back exactly through CTranslate2 at beam 1 and beam 4 (int8)."""
    sp = spm.SentencePieceProcessor(model_file=str(sp_model))
    translator = ctranslate2.Translator(str(model_dir), compute_type="int8")
    batch = [sp.encode(s, out_type=str) for s, _ in pairs]
    exact = 0
    results = [translator.translate_batch(batch, beam_size=b, length_penalty=0.2) for b in (1, 4)]
    for i, (_, target) in enumerate(pairs):
        outs = [sp.decode_pieces(r[i].hypotheses[0]) for r in results]
        exact += all(o == target for o in outs)
    return exact


def export(model: Seq2Seq, vocab: list[str], model_dir: Path, sp_model: Path, pairs: list[tuple[str, str]]) -> int:
    """Write the model as int8 CTranslate2 into `model_dir`; how many sentences it returns exactly."""
    model.eval()
    with torch.no_grad():
        spec = argos_packs.transformer_spec(spec_weights(model), LAYERS, HEADS, vocab)
    spec.config.layer_norm_epsilon = EPS
    spec.optimize(quantization="int8")
    if model_dir.exists():
        shutil.rmtree(model_dir)
    model_dir.mkdir(parents=True)
    spec.save(str(model_dir))
    return check(model_dir, sp_model, pairs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--steps", type=int, default=1000)
    parser.add_argument("--out", type=Path, default=argos_packs.MEMORISING_DIR)
    args = parser.parse_args()
    torch.manual_seed(1)
    torch.set_num_threads(2)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        sp_model = argos_packs.train_sentencepiece(work / "spm")
        vocab = argos_packs.vocabulary(sp_model)
        sp = spm.SentencePieceProcessor(model_file=str(sp_model))
        pairs, src, tgt_in, tgt_out = training_data(sp)
        model = Seq2Seq(len(vocab))
        optimiser = torch.optim.AdamW(model.parameters(), lr=2e-3, weight_decay=0.01)
        loss_fn = nn.CrossEntropyLoss(ignore_index=0)
        special = 4  # ids below are <blank> <unk> <s> </s>
        started = time.perf_counter()
        model_dir = work / "model"
        exact = 0
        for step in range(1, args.steps + 1):
            model.train()
            noisy = tgt_in.clone()
            mask = (torch.rand(noisy.shape) < NOISE) & (noisy >= special)
            noisy[mask] = torch.randint(special, len(vocab), (int(mask.sum()),))
            logits = model(src, noisy)
            loss = loss_fn(logits.reshape(-1, logits.shape[-1]), tgt_out.reshape(-1))
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
            if step % 50 == 0 or step == args.steps:
                exact = export(model, vocab, model_dir, sp_model, pairs)
                print(f"step {step}: loss {loss.item():.4f}, {exact}/{len(pairs)} exact "
                      f"({time.perf_counter() - started:.0f} s)", flush=True)
                if exact == len(pairs):
                    break
        if exact != len(pairs):
            print("not every sentence is memorised; train longer (--steps)", file=sys.stderr)
            return 1
        if args.out.exists():
            shutil.rmtree(args.out)
        args.out.mkdir(parents=True)
        shutil.copytree(model_dir, args.out / "model")
        shutil.copy(sp_model, args.out / "sentencepiece.model")
    size = sum(f.stat().st_size for f in args.out.rglob("*") if f.is_file())
    print(f"wrote {args.out} ({size / 1024:.0f} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
