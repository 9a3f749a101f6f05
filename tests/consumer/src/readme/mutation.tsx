import { useMutation } from '@tanstack/react-query';
import { useXModeClient, type XModeError } from 'xmode-error-ui';

export interface NewGeneration {
  prompt: string;
  endUserEmail: string;
  imageCount: number;
}
export interface Generation {
  id: string;
  status: 'queued' | 'processing' | 'succeeded' | 'failed';
}

/** POST /v1/generations: typed input, output and error; its success clears the top-up banner. */
export function useGenerate() {
  const xmode = useXModeClient();
  return useMutation<Generation, XModeError, NewGeneration>({
    mutationFn: (body) => xmode.post<Generation>('/v1/generations', body),
    meta: { xmode: { paid: true } },
  });
}
