import { describe, expect, it } from 'vitest';
import { contextAttributes, isSoftwareRenderer } from './create-renderer';

describe('the renderer drawn by the CPU or the GPU', () => {
  it('recognises the CPU renderers by the names browsers report', () => {
    for (const name of [
      'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)',
      'Google SwiftShader',
      'llvmpipe (LLVM 15.0.6, 256 bits)',
      'ANGLE (Microsoft, Microsoft Basic Render Driver Direct3D11 vs_5_0 ps_5_0, D3D11)',
      'Mesa softpipe',
    ]) {
      expect(isSoftwareRenderer(name), name).toBe(true);
    }
  });

  it('takes GPUs for GPUs', () => {
    for (const name of [
      'ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0, D3D11)',
      'Apple M2',
      'ANGLE (Intel, Mesa Intel(R) UHD Graphics 620 (KBL GT2), OpenGL 4.6)',
      'Adreno (TM) 650',
      'Mali-G78',
      'WebKit WebGL',
    ]) {
      expect(isSoftwareRenderer(name), name).toBe(false);
    }
  });

  it('multisamples only on a GPU and keeps every other attribute', () => {
    const gpu = contextAttributes(false);
    const cpu = contextAttributes(true);
    expect(gpu.antialias).toBe(true);
    expect(cpu.antialias).toBe(false);
    expect({ ...cpu, antialias: true }).toEqual(gpu);
  });
});
