#!/usr/bin/python3
"""Builds MedVision Lab's demo classifier: a tiny TorchScript CNN that tells a bright disc from none.

Input: 1 x 1 x 64 x 64 grey images normalised with mean 0.5, std 0.5 (so black is -1, white +1).
Output: two logits for the labels in labels.txt ("bright disc", "no disc"); apply softmax.

The weights are set by hand, not trained, so the outputs are predictable and the file is the same on every run:
a 5x5 averaging convolution finds the brightest 5x5 patch (a disc is white throughout, an empty or noisy image
is not), a ReLU keeps how far above mid-grey it is, a global max pool keeps the best patch, and a linear layer
turns that into the two logits (+-6 apart from mid-grey: about 0.998 for a white disc, 0.002 for none).

Run with Debian's PyTorch (python3-torch): /usr/bin/python3 models/demo-classifier/make_model.py
"""
import os

import torch
from torch import nn

HERE = os.path.dirname(os.path.abspath(__file__))
LABELS = ["bright disc", "no disc"]


class DiscDetector(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.patch = nn.Conv2d(1, 1, kernel_size=5, bias=False)
        self.head = nn.Linear(1, 2)
        with torch.no_grad():
            self.patch.weight.fill_(1.0 / 25.0)
            self.head.weight.copy_(torch.tensor([[12.0], [-12.0]]))
            self.head.bias.copy_(torch.tensor([-6.0, 6.0]))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        brightest = torch.amax(torch.relu(self.patch(x)), dim=(2, 3))  # N x 1
        return self.head(brightest)  # N x 2 logits


def disc_image(radius: float) -> torch.Tensor:
    ys, xs = torch.meshgrid(torch.arange(64.0), torch.arange(64.0), indexing="ij")
    disc = ((ys - 32) ** 2 + (xs - 32) ** 2) <= radius**2
    grey = torch.where(disc, torch.tensor(1.0), torch.tensor(0.2))
    return ((grey - 0.5) / 0.5).reshape(1, 1, 64, 64)


def main() -> None:
    model = DiscDetector().eval()
    scripted = torch.jit.script(model)
    scripted.save(os.path.join(HERE, "model.pt"))
    with open(os.path.join(HERE, "labels.txt"), "w", encoding="utf-8") as out:
        out.write("\n".join(LABELS) + "\n")
    with torch.no_grad():
        print("disc  :", torch.softmax(scripted(disc_image(10)), dim=1).tolist())
        print("empty :", torch.softmax(scripted(disc_image(0)), dim=1).tolist())


if __name__ == "__main__":
    main()
